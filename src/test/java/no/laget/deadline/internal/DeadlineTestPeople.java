package no.laget.deadline.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unit and employees of its own for a deadline test, so that the test's lists and e-mails hold only what it made.
 * Made in SQL (the administration pages are the organisation module's); the password is unusable on purpose.
 */
final class DeadlineTestPeople {

    private DeadlineTestPeople() {}

    static long unit(JdbcClient jdbc) {
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                select municipality_id, ?, 'KINDERGARTEN', true, now(), now() from unit order by id limit 1
                returning id""")
                .param("Fristbarnehage " + UUID.randomUUID()).query(Long.class).single();
    }

    /** An employee of the unit with the roles; username and e-mail address are unique. */
    static Person employee(JdbcClient jdbc, long unitId, String... roles) {
        String username = "frist-" + UUID.randomUUID().toString().substring(0, 12);
        String email = username + "@laget.test";
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at, updated_at)
                values (?, 'Frist Testansatt', ?, ?, '{noop}not-for-login', true, now(), now()) returning id""")
                .params(username, email, unitId).query(Long.class).single();
        for (String role : roles) {
            jdbc.sql("insert into employee_role (employee_id, role) values (?, ?)").params(id, role).update();
        }
        return new Person(id, username, email, unitId);
    }

    record Person(long id, String username, String email, long unitId) {}
}
