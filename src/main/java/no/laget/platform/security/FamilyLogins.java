package no.laget.platform.security;

import java.util.Optional;

/**
 * The family members ID-porten vouches for, implemented by the family module: the member for an identity number,
 * created on the first login, or empty when the number is not a valid one (a misconfigured or false provider).
 */
public interface FamilyLogins {

    Optional<FamilyMember> signIn(String identityNumber, String assurance);
}
