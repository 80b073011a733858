package no.laget.child;

import static no.laget.support.Accounts.unique;

import java.time.OffsetDateTime;
import java.util.Set;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For the search scale tests: two fresh schools with no children yet, and laerer's account as a teacher of the first,
 * so that the children a test inserts are the only ones the search can meet.
 */
record ScaleSchools(long ours, long theirs, SignedInUser teacher) {

    static ScaleSchools create(JdbcClient jdbc, OffsetDateTime now) {
        long municipality = jdbc.sql("select id from municipality limit 1").query(Long.class).single();
        long ours = school(jdbc, municipality, now);
        long theirs = school(jdbc, municipality, now);
        long employee = jdbc.sql("select id from employee where username = 'laerer'").query(Long.class).single();
        SignedInUser teacher = new SignedInUser(employee, "laerer", "Lise Testrud", ours, "Skole", "SCHOOL",
                Set.of(Role.EMPLOYEE), true, null);
        return new ScaleSchools(ours, theirs, teacher);
    }

    private static long school(JdbcClient jdbc, long municipality, OffsetDateTime now) {
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                values (?, ?, 'SCHOOL', true, ?, ?) returning id""")
                .params(municipality, unique("Skalaskole"), now, now).query(Long.class).single();
    }
}
