package no.laget.casework;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.access.AccessDoor;
import no.laget.casework.internal.CaseForms;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.TestChildren;

/** Children with consents and cases for casework tests, built through the real services. */
final class CaseworkFixtures {

    private final ChildFixtures fixtures;
    private final Cases cases;
    private final Clock clock;

    CaseworkFixtures(ChildFixtures fixtures, Cases cases, Clock clock) {
        this.fixtures = fixtures;
        this.cases = cases;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    SignedInUser user(String username) {
        return fixtures.user(username);
    }

    /** A child of the kindergarten (ansatt, leder) with a consent covering RELAY_LOG for the given users' units. */
    long childWithRelayConsent(String... usernames) {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        for (String username : usernames) {
            fixtures.consent("ansatt", child, user(username).unitId(), today().minusDays(1), today().plusYears(1),
                    "RELAY_LOG");
        }
        return child;
    }

    /** A level-1 case held by {@code ansatt} under a consent for the kindergarten (and the other users' units). */
    long caseFor(long child) {
        SignedInUser ansatt = user("ansatt");
        return cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()),
                "Trives i barnehagen", "").toCommand());
    }
}
