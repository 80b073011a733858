package no.laget.family.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import no.laget.child.IdentityNumber;
import no.laget.platform.security.FamilyMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who have signed in through the family's door, one row per identity number. */
@Service
public class FamilyMembers {

    private final JdbcClient jdbc;
    private final Clock clock;

    FamilyMembers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The member for an identity number that ID-porten vouched for, created on the first login. A malformed number is
     * refused: ID-porten never sends one, so it means a misconfigured or false provider.
     */
    @Transactional
    public FamilyMember signIn(String identityNumber, String assurance) {
        if (!(IdentityNumber.check(identityNumber) instanceof IdentityNumber.Result.Valid)) {
            throw new IllegalArgumentException("The identity provider sent no valid identity number");
        }
        Instant at = clock.instant();
        OffsetDateTime stamp = at.atOffset(ZoneOffset.UTC);
        long id = jdbc.sql("""
                insert into family_member (identity_number, first_signed_in_at, last_signed_in_at) values (?, ?, ?)
                on conflict (identity_number) do update set last_signed_in_at = excluded.last_signed_in_at
                returning id""")
                .params(identityNumber, stamp, stamp)
                .query(Long.class).single();
        return new FamilyMember(id, identityNumber, assurance, at);
    }
}
