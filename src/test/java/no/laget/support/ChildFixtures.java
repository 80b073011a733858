package no.laget.support;

import java.time.LocalDate;
import java.util.List;

import no.laget.access.InformationCategory;
import no.laget.child.Children;
import no.laget.child.ChildForm;
import no.laget.child.GuardianForm;
import no.laget.consent.Consents;
import no.laget.consent.GivenBy;
import no.laget.consent.HowGiven;
import no.laget.consent.RecordConsent;
import no.laget.platform.security.SignedInUser;

import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds children, guardians and consents through the real services, as a user would. Imported by
 * TestSupportConfig, not scanned, so no other context (the benchmarks') picks it up.
 */
public class ChildFixtures {

    private final Children children;
    private final Consents consents;
    private final UserDetailsService accounts;

    ChildFixtures(Children children, Consents consents, UserDetailsService accounts) {
        this.children = children;
        this.consents = consents;
        this.accounts = accounts;
    }

    public SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    /** A child registered by the user's unit, with one guardian who has parental responsibility. */
    public long childOf(String username, String familyName) {
        SignedInUser user = user(username);
        long child = children.register(user, ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", "Kari", familyName, "2016-04-12", "", "2022-08-15", "Går hos oss")).servedChild();
        children.addGuardian(user, child, new GuardianForm("Foresatt " + familyName, "", "", "", "true"));
        return child;
    }

    public long guardianOf(String username, long childId) {
        return children.guardians(user(username), childId).getFirst().id();
    }

    /** A written consent from the guardians for the categories to one unit, from today for a year. */
    public long consent(String username, long childId, long receiverUnitId, LocalDate from, LocalDate to,
            String... categories) {
        SignedInUser user = user(username);
        List<Long> guardians = children.guardians(user, childId).stream()
                .filter(g -> g.parentalResponsibility()).map(g -> g.id()).toList();
        return consents.record(user, childId, new RecordConsent(GivenBy.GUARDIANS, guardians, HowGiven.WRITTEN,
                "Gleder seg", "Samarbeid om skolestart",
                java.util.Arrays.stream(categories).map(InformationCategory::valueOf).toList(),
                List.of(receiverUnitId), List.of(), from, to, false));
    }
}
