package no.laget.support;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fresh units and employees of their own for tests that must not share the demo units' cards and counts
 * (balances, statement counts). Written straight to the organisation tables: only tests do this.
 */
public final class UnitFixtures {

    private final JdbcClient jdbc;

    public UnitFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SignedInUser employeeOfNewUnit(String unitType, String... roles) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now();
        long unit = jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                values ((select min(id) from municipality), ?, ?, true, ?, ?) returning id""")
                .params("Testenhet " + unitType + " " + suffix, unitType, now, now).query(Long.class).single();
        return employeeOf(unit, unitType, roles);
    }

    /**
     * A new active unit in a second municipality ("Nabokommune", made once): what a form scoped to the user's own
     * municipality must not offer, and its service must not accept. Returns the unit's id; its name is given.
     */
    public long unitInNeighbouringMunicipality(String unitType, String name) {
        long municipality = jdbc.sql("""
                insert into municipality (number, name) values ('9898', 'Nabokommune')
                on conflict (number) do update set name = excluded.name returning id""").query(Long.class).single();
        OffsetDateTime now = OffsetDateTime.now();
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                values (?, ?, ?, true, ?, ?) returning id""")
                .params(municipality, name, unitType, now, now).query(Long.class).single();
    }

    public SignedInUser employeeOf(long unit, String unitType, String... roles) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now();
        String username = "nav-test-" + suffix;
        long employee = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, active, created_at, updated_at)
                values (?, ?, ?, ?, true, ?, ?) returning id""")
                .params(username, "Testansatt " + suffix, username + "@test.laget.no", unit, now, now)
                .query(Long.class).single();
        for (String role : roles) {
            jdbc.sql("insert into employee_role (employee_id, role) values (?, ?)").params(employee, role).update();
        }
        String unitName = jdbc.sql("select name from unit where id = ?").param(unit).query(String.class).single();
        return new SignedInUser(employee, username, "Testansatt " + suffix, unit, unitName, unitType,
                Arrays.stream(roles).map(Role::valueOf).collect(Collectors.toSet()), true, null);
    }
}
