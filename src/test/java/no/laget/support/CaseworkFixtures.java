package no.laget.support;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.casework.Cases;
import no.laget.casework.internal.CaseForms;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;

/**
 * Children with consents and cases for casework tests, built through the real services. Imported by
 * TestSupportConfig, like {@link ChildFixtures}.
 */
public class CaseworkFixtures {

    private final ChildFixtures fixtures;
    private final Cases cases;
    private final Clock clock;

    CaseworkFixtures(ChildFixtures fixtures, Cases cases, Clock clock) {
        this.fixtures = fixtures;
        this.cases = cases;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    public SignedInUser user(String username) {
        return fixtures.user(username);
    }

    /** A child of the kindergarten (ansatt, leder) with a consent covering RELAY_LOG for the given users' units. */
    public long childWithRelayConsent(String... usernames) {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        for (String username : usernames) {
            fixtures.consent("ansatt", child, user(username).unitId(), today().minusDays(1), today().plusYears(1),
                    "RELAY_LOG");
        }
        return child;
    }

    /** A level-1 case held by {@code ansatt} under a consent for the kindergarten (and the other users' units). */
    public long caseFor(long child) {
        SignedInUser ansatt = user("ansatt");
        return cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()),
                "Trives i barnehagen", "").toCommand());
    }
}
