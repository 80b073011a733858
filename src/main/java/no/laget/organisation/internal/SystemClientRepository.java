package no.laget.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.laget.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered systems with their accounts (unit and roles) in one statement each. */
@Repository
class SystemClientRepository {

    /** A system's account username: never typeable as an employee's (the colon), unique with the client id. */
    static final String ACCOUNT_PREFIX = "system:";

    private static final String SELECT = """
            select s.id, s.name, s.client_id, s.scopes, s.active, s.employee_id, e.active as account_active,
                   e.username, e.unit_id, u.name as unit_name, u.type as unit_type,
                   array(select r.role from employee_role r where r.employee_id = e.id order by r.role) as roles
              from system_client s join employee e on e.id = s.employee_id join unit u on u.id = e.unit_id
            """;

    record Row(SystemClientView view, String username, String unitType, boolean accountActive) {}

    private final JdbcClient jdbc;
    private final EmployeeRepository employees;
    private final Clock clock;

    SystemClientRepository(JdbcClient jdbc, EmployeeRepository employees, Clock clock) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.clock = clock;
    }

    List<SystemClientView> findAll() {
        return jdbc.sql(SELECT + " order by lower(s.name), s.id").query(SystemClientRepository::map).list()
                .stream().map(Row::view).toList();
    }

    Optional<Row> findById(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SystemClientRepository::map).optional();
    }

    Optional<Row> findByClientId(String clientId) {
        return jdbc.sql(SELECT + " where s.client_id = ?").param(clientId).query(SystemClientRepository::map).optional();
    }

    boolean nameTaken(String name, long exceptId) {
        return jdbc.sql("select exists (select 1 from system_client where lower(name) = lower(?) and id <> ?)")
                .params(name.trim(), exceptId).query(Boolean.class).single();
    }

    boolean clientIdTaken(String clientId, long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from system_client where client_id = ? and id <> ?)
                    or exists (select 1 from employee e where lower(e.username) = lower(?)
                                  and not exists (select 1 from system_client s where s.employee_id = e.id and s.id = ?))""")
                .params(clientId.trim(), exceptId, ACCOUNT_PREFIX + clientId.trim(), exceptId)
                .query(Boolean.class).single();
    }

    long insert(String name, String clientId, long unitId, Set<Role> roles, List<String> scopes) {
        long account = employees.insert(ACCOUNT_PREFIX + clientId.trim(), name, "", unitId, null, roles);
        OffsetDateTime now = now();
        return jdbc.sql("""
                insert into system_client (name, client_id, employee_id, scopes, active, created_at, updated_at)
                values (?, ?, ?, ?, true, ?, ?) returning id""")
                .params(name.trim(), clientId.trim(), account, scopes.toArray(String[]::new), now, now)
                .query(Long.class).single();
    }

    void update(long id, long account, String name, String clientId, long unitId, Set<Role> roles, List<String> scopes) {
        employees.update(account, name, "", unitId, roles);
        jdbc.sql("update employee set username = ? where id = ?").params(ACCOUNT_PREFIX + clientId.trim(), account).update();
        jdbc.sql("update system_client set name = ?, client_id = ?, scopes = ?, updated_at = ? where id = ?")
                .params(name.trim(), clientId.trim(), scopes.toArray(String[]::new), now(), id).update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update system_client set active = ?, updated_at = ? where id = ?").params(active, now(), id).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
        List<String> scopes = Arrays.asList((String[]) rs.getArray("scopes").getArray());
        SystemClientView view = new SystemClientView(rs.getLong("id"), rs.getString("name"), rs.getString("client_id"),
                rs.getLong("unit_id"), rs.getString("unit_name"), roles, scopes, rs.getBoolean("active"),
                rs.getLong("employee_id"));
        return new Row(view, rs.getString("username"), rs.getString("unit_type"), rs.getBoolean("account_active"));
    }
}
