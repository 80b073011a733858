package no.laget.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.laget.LagetApplication;
import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Basis;
import no.laget.access.Decision;
import no.laget.access.InformationCategory;
import no.laget.access.internal.AccessLog;
import no.laget.access.internal.AccessLogEntry;
import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real application, started once per trial (so once per JMH fork, which is one JVM with its own embedded
 * PostgreSQL in a temporary directory), with synthetic children, consents and grants made in plain SQL.
 *
 * <p>Data: a school ("Benk skole") serves {@value #CHILDREN} children; a health station ("Benk helsestasjon")
 * serves every second of them. Every second child has a live consent that grants HEALTH to the school and
 * EDUCATION to all health stations; every tenth child also has an expired consent that granted PPT to the
 * school. The benchmarked child is number {@value #SUBJECT}, which has both. The access log starts with
 * {@value #EARLIER_LOG_ROWS} rows (see {@link #fillAccessLog}).
 */
@State(Scope.Benchmark)
public class LagetState {

    static final int CHILDREN = 2_000;
    static final int SUBJECT = 1_000;
    static final int BATCH = 50;
    static final int EARLIER_LOG_ROWS = 100_000;

    /** The door's own statement (AccessDoor.decideEach), for the raw SQL benchmarks. */
    static final String DOOR_SQL = """
            select c.category, b.basis, b.consent_id, b.emergency_id
              from unnest(cast(? as varchar[])) as c(category)
              left join lateral access_basis(?, ?, ?, cast(? as varchar[]), c.category, ?, ?, ?) b on true""";
    static final String ACCESS_BASIS_SQL =
            "select basis, consent_id, emergency_id from access_basis(?, ?, ?, cast(? as varchar[]), ?, ?, ?, ?)";

    ConfigurableApplicationContext context;
    AccessDoor door;
    AccessLog log;
    JdbcClient jdbc;

    /** An employee of the school, built directly as the login would build it. */
    SignedInUser user;
    String[] roles;
    long childId;
    List<AccessLogEntry> oneEntry;
    List<AccessLogEntry> batchOfEntries;
    List<AccessLogEntry> entryPerEmployee;

    @Setup(Level.Trial)
    public void start() {
        context = new SpringApplicationBuilder(LagetApplication.class)
                .profiles("demo", "test")
                // A servlet context on a random port, not NONE: EmployeeAdministration needs Spring Session's
                // repository, which Spring Boot configures only in a web application. No request is made.
                .web(WebApplicationType.SERVLET)
                // Always the embedded database in a fresh temporary directory: the benchmark writes synthetic
                // data, so it must never reach a database named by LAGET_DB_URL.
                .run("--laget.db.url=", "--laget.db.user=", "--laget.db.password=", "--laget.db.embedded-data-dir=",
                        // fsync on, as in production: an append's cost is mostly its commit
                        "--laget.db.embedded-durable=true",
                        "--server.port=0", "--spring.jmx.enabled=false");
        BenchContext.requireNoTestBeans(context);
        door = context.getBean(AccessDoor.class);
        log = context.getBean(AccessLog.class);
        jdbc = context.getBean(JdbcClient.class);

        long employeeId = jdbc.sql("select id from employee where username = 'ansatt'").query(Long.class).single();
        long school = insertUnit("Benk skole", "SCHOOL");
        long healthStation = insertUnit("Benk helsestasjon", "HEALTH_STATION");
        List<Long> children = createChildren(school, healthStation, employeeId);
        childId = children.get(SUBJECT - 1);

        user = new SignedInUser(employeeId, "bench", "Bench", school, "Benk skole", "SCHOOL", Set.of(Role.EMPLOYEE),
                true, null);
        roles = user.roleNames().toArray(String[]::new);

        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        Decision allowed = Decision.allow(Basis.OWN_SERVICE, null, null);
        batchOfEntries = new ArrayList<>(BATCH);
        for (Long child : children.subList(0, BATCH)) {
            batchOfEntries.add(AccessLogEntry.of(user, child, InformationCategory.EDUCATION,
                    AccessedObject.of("child", child), Action.READ, allowed, at));
        }
        oneEntry = List.of(batchOfEntries.getFirst());
        // one entry per employee for 64 employees (the log keeps no key to employee): since V198 an entry goes to the
        // chain of the employee who acted, so concurrent users are concurrent employees
        entryPerEmployee = new ArrayList<>(64);
        for (int i = 0; i < 64; i++) {
            SignedInUser other = new SignedInUser(employeeId + 1000 + i, "bench" + i, "Bench", school, "Benk skole",
                    "SCHOOL", Set.of(Role.EMPLOYEE), true, null);
            entryPerEmployee.add(AccessLogEntry.of(other, children.get(i), InformationCategory.EDUCATION,
                    AccessedObject.of("child", children.get(i)), Action.READ, allowed, at));
        }

        System.out.println("bench: " + describeDatabase() + "; " + children.size() + " children, "
                + count("consent") + " consents, " + count("consent_grant") + " grants, "
                + count("access_log") + " access_log rows");
    }

    @TearDown(Level.Trial)
    public void stop() {
        System.out.println("bench: access_log has " + count("access_log") + " rows at the end of the trial");
        context.close();
    }

    /** The arguments the door passes: today's date in Oslo and the instant, fresh for every call. */
    Date today() {
        return Date.valueOf(LocalDate.now(Oslo.ZONE));
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private long insertUnit(String name, String type) {
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                select id, ?, ?, true, now(), now() from municipality order by id limit 1
                returning id""")
                .params(name, type).query(Long.class).single();
    }

    private List<Long> createChildren(long school, long healthStation, long employeeId) {
        LocalDate today = LocalDate.now(Oslo.ZONE);
        jdbc.sql("""
                insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                select 'Benk' || g, 'Barnesen', date '2012-01-01' + (g % 3650), ?, now(), now()
                  from generate_series(1, ?) g""")
                .params(school, CHILDREN).update();
        String numbered = "with numbered as (select id, row_number() over (order by id) as n from child"
                + " where registered_by_unit_id = " + school + ") ";
        jdbc.sql(numbered + "insert into child_unit (child_id, unit_id, from_date) "
                + "select id, ?, date '2024-08-15' from numbered").params(school).update();
        jdbc.sql(numbered + "insert into child_unit (child_id, unit_id, from_date) "
                + "select id, ?, date '2024-01-01' from numbered where n % 2 = 0").params(healthStation).update();
        jdbc.sql(numbered + """
                insert into consent (child_id, given_by, form, purpose, valid_from, valid_to, recorded_by,
                                     recorded_by_unit_id, recorded_at)
                select id, 'GUARDIANS', 'WRITTEN', 'Benk: utløpt', ?, ?, ?, ?, now() - interval '400 days'
                  from numbered where n % 10 = 0""")
                .params(Date.valueOf(today.minusDays(400)), Date.valueOf(today.minusDays(35)), employeeId, school)
                .update();
        jdbc.sql(numbered + """
                insert into consent (child_id, given_by, form, purpose, valid_from, valid_to, recorded_by,
                                     recorded_by_unit_id, recorded_at)
                select id, 'GUARDIANS', 'WRITTEN', 'Benk: samarbeid', ?, ?, ?, ?, now()
                  from numbered where n % 2 = 0""")
                .params(Date.valueOf(today.minusDays(30)), Date.valueOf(today.plusDays(335)), employeeId, school)
                .update();
        jdbc.sql("""
                insert into consent_grant (consent_id, category, receiver_unit_id, receiver_unit_type)
                select id, 'PPT', ?, null from consent where purpose = 'Benk: utløpt'
                union all
                select id, 'HEALTH', ?, null from consent where purpose = 'Benk: samarbeid'
                union all
                select id, 'EDUCATION', null, 'HEALTH_STATION' from consent where purpose = 'Benk: samarbeid'""")
                .params(school, school).update();
        fillAccessLog(school, employeeId);
        jdbc.sql("analyze").update();
        return jdbc.sql("select id from child where registered_by_unit_id = ? order by id")
                .param(school).query(Long.class).list();
    }

    /**
     * A log with history, as in use, rather than an empty one. An ANALYZE of an empty access_log records it as
     * empty; the last-hash query, prepared on the server by the driver after five runs, then keeps a plan made
     * for an empty table (sequential scan and sort) until autovacuum analyzes again, and every append costs more
     * as the log grows. That is an artefact of the set-up, not of a running Laget, so the log gets rows first.
     * Their hashes are not a real chain: this database is thrown away after the trial.
     */
    private void fillAccessLog(long school, long employeeId) {
        jdbc.sql("""
                with numbered as (select id, row_number() over (order by id) - 1 as n from child
                                   where registered_by_unit_id = ?)
                insert into access_log (occurred_at, employee_id, username, roles, unit_id, child_id, category,
                    object_type, object_id, action, client, outcome, basis, previous_hash, hash)
                select now() - (? - g) * interval '5 minutes', ?, 'ansatt', 'EMPLOYEE', ?, c.id, 'EDUCATION',
                       'child', c.id, 'READ', 'PAGE', 'ALLOWED', 'OWN_SERVICE',
                       lpad(to_hex(g - 1), 64, '0'), lpad(to_hex(g), 64, '0')
                  from generate_series(1, ?) g
                  join numbered c on c.n = g % ?""")
                .params(school, EARLIER_LOG_ROWS, employeeId, school, EARLIER_LOG_ROWS, CHILDREN).update();
    }

    private String describeDatabase() {
        return jdbc.sql("""
                select split_part(version(), ' ', 2) || ' in ' || current_setting('data_directory')
                       || ', synchronous_commit=' || current_setting('synchronous_commit')
                       || ', fsync=' || current_setting('fsync')""")
                .query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
