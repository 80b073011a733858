package no.laget.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * A guardian or young person signed in through the family's door (ID-porten). Not an employee: a family member never
 * holds a {@link SignedInUser} and never reaches an employee page or the API. The identity number is the {@code pid}
 * claim; it is kept in the session only, never in a URL, a log line or an e-mail ({@link #toString()} hides it).
 *
 * @param memberId the {@code family_member} row, the actor the access log names
 * @param assurance the {@code acr} the login came with, recorded with a consent given digitally
 */
public record FamilyMember(long memberId, String identityNumber, String assurance, Instant signedInAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How the access log names a family member: never the number, only the row. */
    public String actorName() {
        return "familie:" + memberId;
    }

    @Override
    public String toString() {
        return "FamilyMember[" + memberId + "]";
    }
}
