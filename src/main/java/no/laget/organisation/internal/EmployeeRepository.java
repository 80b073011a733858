package no.laget.organisation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.laget.organisation.Employee;
import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Employees with their roles in one statement each: roles come along as an array, never a query per row. */
@Repository
public class EmployeeRepository {

    private static final String SELECT = """
            select e.id, e.username, e.display_name, e.email, e.unit_id, u.name as unit_name, u.type as unit_type,
                   e.active, e.password_hash, e.external_identity,
                   array(select r.role from employee_role r where r.employee_id = e.id order by r.role) as roles
              from employee e join unit u on u.id = e.unit_id
            """;

    /** Another system's account (system_client, V105) is no employee: left out of lists, invitations and reminders. */
    private static final String NOT_A_SYSTEM = "not exists (select 1 from system_client s where s.employee_id = e.id)";

    private final JdbcClient jdbc;
    private final Clock clock;

    EmployeeRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Employee> findAll() {
        return jdbc.sql(SELECT + " where " + NOT_A_SYSTEM + " order by lower(e.display_name), e.id")
                .query(EmployeeRepository::map).list();
    }

    public Optional<Employee> findById(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(EmployeeRepository::map).optional();
    }

    Optional<SignedInUser> findAccount(String username) {
        return jdbc.sql(SELECT + " where lower(e.username) = lower(?)").param(username.trim())
                .query(EmployeeRepository::account).optional();
    }

    /**
     * The employee linked to this identity at the identity provider: exact match, case and all. Never another system's
     * account, even if someone linked one: a person must not sign in on the pages as a system.
     */
    Optional<SignedInUser> findAccountByExternalIdentity(String externalIdentity) {
        return jdbc.sql(SELECT + " where e.external_identity = ? and " + NOT_A_SYSTEM).param(externalIdentity)
                .query(EmployeeRepository::account).optional();
    }

    /** Whether another employee than {@code exceptId} is linked to this identity. */
    boolean externalIdentityTaken(String externalIdentity, long exceptId) {
        return jdbc.sql("select exists (select 1 from employee where external_identity = ? and id <> ?)")
                .params(externalIdentity, exceptId).query(Boolean.class).single();
    }

    void setExternalIdentity(long id, String externalIdentity) {
        jdbc.sql("update employee set external_identity = ?, updated_at = ? where id = ?")
                .params(externalIdentity, now(), id).update();
    }

    private static SignedInUser account(ResultSet rs, int row) throws SQLException {
        return new SignedInUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("unit_type"),
                roles(rs.getArray("roles")),
                rs.getBoolean("active"), rs.getString("password_hash"));
    }

    public List<Employee> findActive(Collection<Long> ids, Collection<Long> unitIds) {
        if (ids.isEmpty() && unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.active and (e.id = any(?) or e.unit_id = any(?)) and " + NOT_A_SYSTEM
                        + " order by e.id")
                .params(ids.toArray(Long[]::new), unitIds.toArray(Long[]::new))
                .query(EmployeeRepository::map).list();
    }

    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, display_name from employee where id = any(?)").param(ids.toArray(Long[]::new))
                    .query(rs -> { names.put(rs.getLong("id"), rs.getString("display_name")); });
        }
        return names;
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from employee where lower(username) = lower(?))")
                .param(username.trim()).query(Boolean.class).single();
    }

    boolean anyActiveAdministrator() {
        return jdbc.sql("""
                select exists (select 1 from employee e join employee_role r on r.employee_id = e.id
                                where e.active and r.role = 'ADMINISTRATOR')""")
                .query(Boolean.class).single();
    }

    long insert(String username, String displayName, String email, long unitId, String passwordHash, Set<Role> roles) {
        OffsetDateTime now = now();
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at, updated_at)
                values (?, ?, ?, ?, ?, true, ?, ?) returning id""")
                .params(username.trim(), displayName.trim(), email.trim(), unitId, passwordHash, now, now)
                .query(Long.class).single();
        replaceRoles(id, roles);
        return id;
    }

    void update(long id, String displayName, String email, long unitId, Set<Role> roles) {
        jdbc.sql("update employee set display_name = ?, email = ?, unit_id = ?, updated_at = ? where id = ?")
                .params(displayName.trim(), email.trim(), unitId, now(), id).update();
        replaceRoles(id, roles);
    }

    void setActive(long id, boolean active) {
        OffsetDateTime now = now();
        jdbc.sql("update employee set active = ?, deactivated_at = ?, updated_at = ? where id = ?")
                .params(active, active ? null : now, now, id).update();
    }

    private void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("delete from employee_role where employee_id = ?").param(id).update();
        jdbc.sql("insert into employee_role (employee_id, role) select ?, unnest(?::varchar[])")
                .params(id, roles.stream().map(Role::name).sorted().toArray(String[]::new))
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Employee map(ResultSet rs, int row) throws SQLException {
        return new Employee(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getLong("unit_id"), rs.getString("unit_name"), roles(rs.getArray("roles")),
                rs.getBoolean("active"), rs.getString("external_identity"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
