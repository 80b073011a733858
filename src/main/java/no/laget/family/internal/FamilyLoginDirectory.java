package no.laget.family.internal;

import java.util.Optional;

import no.laget.platform.security.FamilyLogins;
import no.laget.platform.security.FamilyMember;

import org.springframework.stereotype.Component;

/** The family members the security layer's ID-porten login asks for: {@link FamilyMembers}, one row per number. */
@Component
class FamilyLoginDirectory implements FamilyLogins {

    private final FamilyMembers members;

    FamilyLoginDirectory(FamilyMembers members) {
        this.members = members;
    }

    @Override
    public Optional<FamilyMember> signIn(String identityNumber, String assurance) {
        try {
            return Optional.of(members.signIn(identityNumber, assurance));
        } catch (IllegalArgumentException notANumber) {
            return Optional.empty();
        }
    }
}
