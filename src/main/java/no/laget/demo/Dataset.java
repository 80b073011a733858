package no.laget.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import no.laget.platform.LagetProperties;
import no.laget.platform.time.Oslo;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code ./laget dataset}: a synthetic nation in the database Laget uses, for load tests and scale measurements
 * (issue 14). Municipalities numbered 9001 upwards (no real municipality number starts with 9), units of every type
 * the services around a child use, employees {@code ds-<unit>-<n>} with one shared password, children and guardians
 * with synthetic identity numbers only, consents in every state, relay cases at every level, reports of concern,
 * deadlines and access-log rows. Everything is written in one transaction, in batches of children by sequence number,
 * and ends with a {@code dataset_run} row: a second run with the same size finds that row and adds nothing.
 *
 * <p>Demo mode or test data only. The access-log rows are chained here, by the same format as
 * {@code access_log_append} (format 2: sha256(previous hash + sha256(fields))) and written with COPY while the data
 * set holds every chain's head, so {@code ./laget check-access-log} walks them like any other rows; calling the
 * function row by row would cost a round trip and a head update per row.
 */
@Component
class Dataset {

    /** The shared password of every employee of the data set (demo and test data only; README, "Datasett"). */
    static final String PASSWORD = "datasett-demo";
    static final int MAX_MUNICIPALITIES = 357;
    static final int BATCH = 50_000;

    /** Employees per unit type, and the unit types in the order their units are numbered. */
    private static final List<UnitType> UNIT_TYPES = List.of(
            new UnitType("HEALTH_STATION", "helsestasjon", "1.0 / 4000", 3),
            new UnitType("KINDERGARTEN", "barnehage", "0.28 / 60", 3),
            new UnitType("SCHOOL", "skole", "0.55 / 300", 4),
            new UnitType("PPT", "PP-tjeneste", "1.0 / 20000", 2),
            new UnitType("CHILD_WELFARE", "barnevernstjeneste", "1.0 / 15000", 3),
            new UnitType("NAV", "NAV-kontor", "1.0 / 30000", 2));

    private static final String[] GIVEN = {"Emma", "Nora", "Olivia", "Ella", "Sofie", "Leah", "Frida", "Ingrid",
            "Sara", "Maja", "Jakob", "Noah", "Emil", "Lucas", "Oliver", "Isak", "William", "Filip", "Aksel", "Theodor",
            "Amir", "Yasmin", "Mohammed", "Aisha", "Ole", "Kari", "Liam", "Selma", "Tiril", "Johannes", "Sander", "Iben"};
    private static final String[] FAMILY = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
            "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen",
            "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund",
            "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen",
            "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen",
            "Ali", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Kristensen", "Fredriksen", "Holm",
            "Lien", "Hauge", "Christensen", "Andresen", "Nielsen", "Knudsen", "Evensen", "Sæther", "Aas", "Myhre",
            "Hanssen", "Ahmed", "Haugland", "Thomassen", "Sivertsen", "Simonsen", "Danielsen", "Berntsen", "Sandvik",
            "Rønning", "Arnesen", "Antonsen", "Næss", "Vik", "Haug", "Ellingsen", "Thorsen", "Edvardsen", "Birkeland",
            "Isaksen", "Gulbrandsen", "Ruud", "Aasen", "Strøm", "Myklebust", "Tangen", "Ødegård", "Eliassen",
            "Helland", "Bøe", "Jenssen", "Aune", "Mikkelsen", "Tveit", "Brekke", "Abrahamsen", "Madsen"};

    record UnitType(String type, String word, String perChild, int employees) {}

    record Result(boolean written, long children, int municipalities, long accessLogRows, long millis) {}

    /** A child an employee of the data set serves, for the load test's searches and child pages. */
    record FamiliarChild(String username, long childId, String name, LocalDate birthDate) {}

    /**
     * For each employee of the data set at a unit that serves children (health station, kindergarten, school), one
     * child the unit serves now, picked by the employee's number so that colleagues differ. At national scale a
     * search by a common name finds mostly children the user may not see, so a load test that searches at random
     * rarely reaches a child's page; a person at work looks up a child they know, by name and birth date (the data
     * set has few names: a name alone matches more than a thousand children). One statement: each employee's pick
     * walks child_unit_unit_idx and stops.
     */
    List<FamiliarChild> familiarChildren() {
        String sql = """
                select e.username, c.id, c.given_name || ' ' || c.family_name as name, c.birth_date
                  from employee e
                  join unit u on u.id = e.unit_id and u.type in ('HEALTH_STATION', 'KINDERGARTEN', 'SCHOOL')
                 cross join lateral (
                       select cu.child_id from child_unit cu
                        where cu.unit_id = e.unit_id and cu.to_date is null
                        order by cu.child_id
                        offset e.id % 17 limit 1) served
                  join child c on c.id = served.child_id
                 where e.username like 'ds-%' and e.active
                 order by e.id""";
        List<FamiliarChild> found = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                found.add(new FamiliarChild(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the data set's children: " + e.getMessage(), e);
        }
        return found;
    }

    /** The size asked for does not fit what is already in the database (another size was written). */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final DataSource dataSource;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final boolean allowed;

    Dataset(DataSource dataSource, PasswordEncoder passwords, Clock clock, LagetProperties properties,
            @Value("${laget.allow-test-data:false}") boolean allowTestData) {
        this.dataSource = dataSource;
        this.passwords = passwords;
        this.clock = clock;
        this.allowed = properties.demo() || allowTestData;
    }

    boolean allowed() {
        return allowed;
    }

    /** Municipalities for a number of children when none are asked for: about one per 3,100 children, at most 357. */
    static int defaultMunicipalities(long children) {
        return (int) Math.max(1, Math.min(MAX_MUNICIPALITIES, Math.round(children / 3100.0)));
    }

    Result write(long children, int municipalities, PrintStream out) {
        if (!allowed) {
            throw new Refused("Datasettet lages bare i demomodus eller med testdata tillatt (laget.allow-test-data).");
        }
        if (children < 1 || municipalities < 1 || municipalities > MAX_MUNICIPALITIES || municipalities > children) {
            throw new IllegalArgumentException("children >= municipalities >= 1, municipalities <= 357");
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Result result = write(connection, children, municipalities, out, started);
                connection.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The data set was not written: " + e.getMessage(), e);
        }
    }

    private Result write(Connection db, long children, int municipalities, PrintStream out, long started)
            throws SQLException, IOException {
        update(db, "lock table dataset_run in exclusive mode");
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select children, municipalities from dataset_run order by id")) {
            if (rs.next()) {
                if (rs.getLong(1) == children && rs.getInt(2) == municipalities) {
                    return new Result(false, children, municipalities, 0, 0);
                }
                throw new Refused("Databasen har allerede et datasett med " + rs.getLong(1) + " barn i "
                        + rs.getInt(2) + " kommuner. Bruk en tom database (eller samme størrelse) for et nytt.");
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, Oslo.ZONE);
        update(db, "set local synchronous_commit = off");
        update(db, "set local work_mem = '64MB'");

        // the sequence numbers: child i (1..N) lives in municipality floor((i-1) * M / N) + 1
        update(db, "create temp table ds_child_src (ordinal bigint primary key, m int not null, identity_number char(11),"
                + " given_name text, family_name text, birth_date date) on commit drop");
        update(db, "create temp table ds_guardian_src (ordinal bigint, position int, identity_number char(11),"
                + " name text, primary key (ordinal, position)) on commit drop");
        SyntheticNumbers childNumbers = new SyntheticNumbers(today.minusDays(1), 18 * 365);
        SyntheticNumbers adultNumbers = new SyntheticNumbers(LocalDate.of(1999, 12, 31), 25 * 365);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        for (long lo = 0; lo < children; lo += BATCH) {
            StringBuilder kids = new StringBuilder();
            StringBuilder adults = new StringBuilder();
            for (long i = lo + 1; i <= Math.min(children, lo + BATCH); i++) {
                long m = (i - 1) * municipalities / children + 1;
                String family = FAMILY[(int) ((i * 7919) % FAMILY.length)];
                kids.append(i).append('\t').append(m).append('\t').append(childNumbers.number(i - 1)).append('\t')
                        .append(GIVEN[(int) (i % GIVEN.length)]).append('\t').append(family).append('\t')
                        .append(childNumbers.birthDate(i - 1)).append('\n');
                int guardians = i % 7 == 0 ? 1 : 2;
                for (int p = 1; p <= guardians; p++) {
                    long g = 2 * (i - 1) + p - 1;
                    adults.append(i).append('\t').append(p).append('\t').append(adultNumbers.number(g)).append('\t')
                            .append(GIVEN[(int) ((g * 31 + 5) % GIVEN.length)]).append(' ').append(family).append('\n');
                }
            }
            copy.copyIn("copy ds_child_src from stdin", new StringReader(kids.toString()));
            copy.copyIn("copy ds_guardian_src from stdin", new StringReader(adults.toString()));
        }
        progress(out, started, "nummer laget for " + children + " barn og deres foresatte");

        // municipalities and their units, sized by the children who live there
        update(db, "create temp table ds_municipality (m int primary key, id bigint, children bigint) on commit drop");
        update(db, """
                insert into municipality (number, name)
                select (9000 + g)::text, 'Datasett kommune ' || lpad(g::text, 3, '0') from generate_series(1, ?) g""",
                municipalities);
        update(db, """
                insert into ds_municipality (m, id, children)
                select g, mu.id, coalesce(s.children, 0)
                  from generate_series(1, ?) g join municipality mu on mu.number = (9000 + g)::text
                  left join (select m, count(*) as children from ds_child_src group by m) s on s.m = g""",
                municipalities);
        String types = UNIT_TYPES.stream().map(t -> "(" + UNIT_TYPES.indexOf(t) + ", '" + t.type() + "', '" + t.word()
                + "', " + t.perChild() + ", " + t.employees() + ")").collect(Collectors.joining(", "));
        update(db, "create temp table ds_unit_count on commit drop as"
                + " select m.m, t.position, t.type, t.word, t.employees,"
                + " greatest(1, ceil(m.children * t.per_child))::int as units"
                + " from ds_municipality m cross join (values " + types
                + ") t(position, type, word, per_child, employees)");
        update(db, "create temp table ds_unit (ordinal int, m int, type text, k int, employees int, name text, id bigint)"
                + " on commit drop");
        update(db, """
                insert into ds_unit (ordinal, m, type, k, employees, name)
                select row_number() over (order by c.m, c.position, k), c.m, c.type, k, c.employees,
                       'Datasett ' || c.word || ' ' || k
                  from ds_unit_count c cross join lateral generate_series(1, c.units) k""");
        update(db, """
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                select mu.id, u.name, u.type, true, ?, ? from ds_unit u join ds_municipality mu on mu.m = u.m
                 order by u.ordinal""", ts(now), ts(now));
        update(db, """
                update ds_unit d set id = u.id from ds_municipality mu, unit u
                 where mu.m = d.m and u.municipality_id = mu.id and lower(u.name) = lower(d.name)""");
        update(db, "create index on ds_unit (m, type, k)");
        update(db, "analyze ds_unit");
        long units = count(db, "select count(*) from ds_unit");
        progress(out, started, municipalities + " kommuner og " + units + " enheter");

        // employees ds-<unit>-<n>: number 1 leads the unit; child welfare's employees take the intake's role too
        String hash = passwords.encode(PASSWORD);
        update(db, """
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at, updated_at)
                select 'ds-' || u.ordinal || '-' || n, 'Ansatt ' || n || ' ' || u.name || ' ' || (9000 + u.m),
                       'ds-' || u.ordinal || '-' || n || '@datasett.example', u.id, ?, true, ?, ?
                  from ds_unit u cross join lateral generate_series(1, u.employees) n
                 order by u.ordinal, n""", hash, ts(now), ts(now));
        update(db, """
                create temp table ds_employee on commit drop as
                select u.ordinal as unit, u.m, u.type, u.id as unit_id, n, e.id, e.username,
                       case when n = 1 and u.type = 'CHILD_WELFARE' then 'CHILD_WELFARE_INTAKE,EMPLOYEE,UNIT_LEADER'
                            when n = 1 then 'EMPLOYEE,UNIT_LEADER'
                            when u.type = 'CHILD_WELFARE' then 'CHILD_WELFARE_INTAKE,EMPLOYEE'
                            else 'EMPLOYEE' end as roles
                  from ds_unit u cross join lateral generate_series(1, u.employees) n
                  join employee e on lower(e.username) = 'ds-' || u.ordinal || '-' || n""");
        update(db, "create index on ds_employee (unit_id, n)");
        update(db, """
                insert into employee_role (employee_id, role)
                select e.id, r from ds_employee e cross join lateral unnest(string_to_array(e.roles, ',')) r""");
        update(db, "analyze ds_employee");
        progress(out, started, count(db, "select count(*) from ds_employee") + " ansatte");

        // children: registered by their health station; a kindergarten (ages 1-5) or a school (6-15) serves most
        update(db, """
                create temp table ds_child (ordinal bigint primary key, m int, id bigint, age int,
                    health_unit bigint, health_employee bigint, service_unit bigint, service_type text,
                    service_employee bigint, service_roles text, service_username text, service_from date)
                on commit drop""");
        for (long lo = 0; lo < children; lo += BATCH) {
            long hi = Math.min(children, lo + BATCH);
            update(db, """
                    insert into child (identity_number, given_name, family_name, birth_date, address,
                                       child_welfare_has_care, registered_by_unit_id, address_unit_id, created_at, updated_at)
                    select s.identity_number, s.given_name, s.family_name, s.birth_date,
                           'Datasettveien ' || (s.ordinal % 200 + 1), false, h.id, h.id, ?, ?
                      from ds_child_src s
                      join ds_unit_count hc on hc.m = s.m and hc.type = 'HEALTH_STATION'
                      join ds_unit h on h.m = s.m and h.type = 'HEALTH_STATION' and h.k = 1 + s.ordinal % hc.units
                     where s.ordinal > ? and s.ordinal <= ? order by s.ordinal""", ts(now), ts(now), lo, hi);
            update(db, """
                    insert into ds_child (ordinal, m, id, age, health_unit, service_type)
                    select s.ordinal, s.m, c.id, extract(year from age(?::date, s.birth_date))::int, c.registered_by_unit_id,
                           case when extract(year from age(?::date, s.birth_date)) between 1 and 5 then 'KINDERGARTEN'
                                when extract(year from age(?::date, s.birth_date)) between 6 and 15 then 'SCHOOL' end
                      from ds_child_src s join child c on c.identity_number = s.identity_number
                     where s.ordinal > ? and s.ordinal <= ?""", today, today, today, lo, hi);
            progress(out, started, hi + " av " + children + " barn");
        }
        update(db, """
                update ds_child d set service_unit = u.id
                  from ds_unit_count c, ds_unit u
                 where c.m = d.m and c.type = d.service_type and u.m = d.m and u.type = d.service_type
                   and u.k = 1 + (d.ordinal / 7) % c.units""");
        update(db, """
                update ds_child d set health_employee = e.id from ds_unit hu, ds_employee e
                 where hu.id = d.health_unit and e.unit_id = d.health_unit and e.n = 1 + d.ordinal % hu.employees""");
        update(db, """
                update ds_child d set service_employee = e.id, service_roles = e.roles, service_username = e.username,
                       service_from = make_date(extract(year from ?::date)::int - case when d.service_type = 'SCHOOL'
                                    then least(d.age - 6, 9) else least(d.age - 1, 4) end
                                    - case when extract(month from ?::date) < 8 then 1 else 0 end, 8, 15)
                  from ds_unit su, ds_employee e
                 where su.id = d.service_unit and e.unit_id = d.service_unit and e.n = 1 + d.ordinal % su.employees""",
                today, today);
        update(db, "analyze ds_child");

        // guardians with numbers, and who serves the child
        update(db, """
                insert into guardian (child_id, name, identity_number, phone, email, parental_responsibility, created_at,
                                      recorded_by_unit_id)
                select d.id, g.name, g.identity_number, '4' || lpad((d.ordinal * 2 + g.position)::text, 7, '0'), null,
                       true, ?, d.health_unit
                  from ds_guardian_src g join ds_child d on d.ordinal = g.ordinal order by g.ordinal, g.position""",
                ts(now));
        update(db, """
                insert into child_unit (child_id, unit_id, from_date, to_date)
                select d.id, d.health_unit, s.birth_date, null::date from ds_child d join ds_child_src s on s.ordinal = d.ordinal
                union all
                select d.id, d.service_unit, least(d.service_from, ?::date), null::date from ds_child d where d.service_unit is not null""",
                today);
        progress(out, started, "foresatte og tjenester registrert");

        // consents for six in ten children, in every state by the child's number: 0 live, 1 expired, 2 withdrawn,
        // 3 partly withdrawn (the second grant), 4 refused; the health station records them
        update(db, """
                insert into consent (child_id, given_by, form, child_view, purpose, valid_from, valid_to, refused,
                                     recorded_by, recorded_by_unit_id, recorded_at, withdrawn_at, withdrawn_by_name,
                                     withdrawal_recorded_by)
                select d.id, 'GUARDIANS', 'WRITTEN', null, 'Samarbeid om oppfølging (datasett)',
                       case when d.ordinal % 5 = 1 then ?::date - 500 else ?::date - 100 end,
                       case when d.ordinal % 5 = 1 then ?::date - 135 else ?::date + 30 + (d.ordinal % 300)::int end,
                       d.ordinal % 5 = 4, d.health_employee, d.health_unit, ?::timestamptz - interval '100 days',
                       case when d.ordinal % 5 = 2 then ?::timestamptz - interval '30 days' end,
                       case when d.ordinal % 5 = 2 then 'Foresatt' end,
                       case when d.ordinal % 5 = 2 then d.health_employee end
                  from ds_child d where d.ordinal % 10 < 6 order by d.ordinal""",
                today, today, today, today, ts(now), ts(now));
        update(db, "create temp table ds_consent on commit drop as select d.ordinal, c.id, c.child_id, c.valid_to"
                + " from ds_child d join consent c on c.child_id = d.id");
        update(db, "create index on ds_consent (ordinal)");
        update(db, """
                insert into consent_guardian (consent_id, guardian_id)
                select c.id, g.id from ds_consent c join guardian g on g.child_id = c.child_id""");
        update(db, """
                insert into consent_grant (consent_id, category, receiver_unit_id, receiver_unit_type, withdrawn_at,
                                           withdrawn_by_name, withdrawal_recorded_by)
                select c.id, 'HEALTH', null::bigint, coalesce(d.service_type, 'SCHOOL'), null::timestamptz, null::text, null::bigint
                  from ds_consent c join ds_child d on d.ordinal = c.ordinal
                union all
                select c.id, 'EDUCATION', null::bigint, 'HEALTH_STATION',
                       case when c.ordinal % 5 = 3 then ?::timestamptz - interval '20 days' end,
                       case when c.ordinal % 5 = 3 then 'Foresatt' end,
                       case when c.ordinal % 5 = 3 then d.health_employee end
                  from ds_consent c join ds_child d on d.ordinal = c.ordinal""", ts(now));
        update(db, """
                insert into deadline (kind, source_type, source_id, child_id, unit_id, employee_id, due_on, warn_on, link,
                                      done_at, created_at, dated_at)
                select 'CONSENT_EXPIRY', 'consent', c.id, c.child_id, d.health_unit, null, c.valid_to, c.valid_to - 30,
                       '/children/' || c.child_id || '/consents',
                       case when c.ordinal % 5 in (1, 2, 4) then ?::timestamptz end, ?::timestamptz - interval '100 days',
                       ?::timestamptz - interval '100 days'
                  from ds_consent c join ds_child d on d.ordinal = c.ordinal""", ts(now), ts(now), ts(now));
        progress(out, started, count(db, "select count(*) from ds_consent") + " samtykker");

        // relay cases for one child in twenty, at levels 1-3, held at the unit that serves the child; one in four
        // closed. Each has its opening, a goal, a measure with its evaluation deadline, and a meeting.
        update(db, """
                insert into relay_case (child_id, level, holder_employee_id, holder_unit_id, opened_by, opened_at,
                                        closed_at, close_reason, close_note, closed_by)
                select d.id, 1 + (d.ordinal / 20) % 3, coalesce(d.service_employee, d.health_employee),
                       coalesce(d.service_unit, d.health_unit), coalesce(d.service_employee, d.health_employee),
                       ?::timestamptz - make_interval(days => (d.ordinal % 300)::int + 30),
                       case when d.ordinal % 80 = 0 then ?::timestamptz - interval '10 days' end,
                       case when d.ordinal % 80 = 0 then 'GOAL_MET' end, null,
                       case when d.ordinal % 80 = 0 then coalesce(d.service_employee, d.health_employee) end
                  from ds_child d where d.ordinal % 20 = 0 order by d.ordinal""", ts(now), ts(now));
        update(db, """
                create temp table ds_case on commit drop as
                select d.ordinal, r.id, r.child_id, r.level, r.holder_employee_id as holder, r.holder_unit_id as unit,
                       r.opened_at, r.closed_at
                  from ds_child d join relay_case r on r.child_id = d.id where d.ordinal % 20 = 0""");
        update(db, """
                insert into case_level_change (case_id, from_level, to_level, reason, changed_by, changed_at)
                select id, null, level, 'Opprettet (datasett)', holder, opened_at from ds_case""");
        update(db, """
                insert into case_goal (case_id, text, created_by, created_at)
                select id, 'Trives og deltar i hverdagen (datasett)', holder, opened_at + interval '1 day' from ds_case""");
        update(db, """
                insert into case_meeting (case_id, starts_at, ends_at, place, agenda, called_by, created_at, minutes,
                                          minutes_by, minutes_at)
                select id, opened_at + interval '14 days', opened_at + interval '14 days 1 hour', 'Møterom 1',
                       'Oppstart og tiltak', holder, opened_at + interval '2 days',
                       case when ordinal % 40 = 0 then 'Referat (datasett)' end,
                       case when ordinal % 40 = 0 then holder end,
                       case when ordinal % 40 = 0 then opened_at + interval '15 days' end
                  from ds_case""");
        update(db, """
                insert into case_measure (case_id, what, responsible_employee_id, responsible_unit_id, starts_on,
                                          evaluate_on, created_by, created_at)
                select id, 'Tett oppfølging (datasett)', holder, unit, (opened_at + interval '14 days')::date,
                       ?::date - 10 + (ordinal % 70)::int, holder, opened_at + interval '14 days' from ds_case""", today);
        update(db, """
                insert into deadline (kind, source_type, source_id, child_id, unit_id, employee_id, due_on, warn_on, link,
                                      done_at, created_at, dated_at)
                select 'MEASURE_EVALUATION', 'case_measure', m.id, c.child_id, c.unit, c.holder, m.evaluate_on,
                       m.evaluate_on - 7, '/cases/' || c.id, c.closed_at, m.created_at, m.created_at
                  from ds_case c join case_measure m on m.case_id = c.id""");
        // the holder's unit takes part in its case under the child's live consent, which names that unit for
        // RELAY_LOG, with the grants Cases.open gives a unit it admits: without them the holder could not open the case
        update(db, """
                create temp table ds_case_consent on commit drop as
                select c.id, c.child_id, c.holder, c.unit, c.opened_at, c.closed_at, k.id as consent
                  from ds_case c join ds_consent k on k.ordinal = c.ordinal""");
        update(db, """
                insert into consent_grant (consent_id, category, receiver_unit_id, receiver_unit_type)
                select consent, 'RELAY_LOG', unit, null from ds_case_consent order by id""");
        update(db, """
                insert into case_participant (case_id, unit_id, employee_id, task, consent_id, added_by, added_at)
                select id, unit, holder, null, consent, holder, opened_at from ds_case_consent order by id""");
        update(db, """
                insert into access_grant (child_id, unit_id, employee_id, category, basis, allows_write, consent_id,
                                          consent_category, source_type, source_id, valid_from, valid_to)
                select c.child_id, c.unit, null::bigint, g.category, 'CASE_PARTICIPANT', g.category = 'RELAY_LOG',
                       c.consent, 'RELAY_LOG', 'relay_case', c.id, c.opened_at, c.closed_at
                  from ds_case_consent c cross join (values ('RELAY_LOG'), ('BASIC')) g(category) order by c.id""");
        progress(out, started, count(db, "select count(*) from ds_case") + " stafettsaker");

        // reports of concern for one child in fifty, by the unit that serves it, delivered
        update(db, """
                insert into report (reporter_employee_id, reporter_unit_id, grounds, concern, history, other_views,
                                    interpreter_needed, interpreter_language, other_services, reporter_name,
                                    reporter_role, reporter_phone, reporter_email, reporter_unit_name,
                                    reporter_unit_address, fiks_json, created_at, state, attempts, delivered_at)
                select e.id, e.unit_id, array['NEGLECT_OR_MISTREATMENT']::varchar(40)[], 'Bekymring (datasett ' || d.ordinal || ')', 'Over tid (datasett)',
                       null, false, null, null, emp.display_name, 'Ansatt', '40000000', emp.email, u.name, null, '{}',
                       ?::timestamptz - make_interval(days => (d.ordinal % 200)::int), 'DELIVERED', 1,
                       ?::timestamptz - make_interval(days => (d.ordinal % 200)::int)
                  from ds_child d
                  join ds_employee e on e.id = coalesce(d.service_employee, d.health_employee)
                  join employee emp on emp.id = e.id join unit u on u.id = e.unit_id
                 where d.ordinal % 50 = 25 order by d.ordinal""", ts(now), ts(now));
        update(db, """
                insert into report_child (report_id, position, child_id, identity_number, unborn, due_date, given_name,
                                          family_name, address, told, not_told_reason)
                select r.id, 1, d.id, s.identity_number, false, null, s.given_name, s.family_name,
                       'Datasettveien ' || (s.ordinal % 200 + 1), true, null
                  from ds_child d join ds_child_src s on s.ordinal = d.ordinal
                  join report r on r.reporter_employee_id = coalesce(d.service_employee, d.health_employee)
                   and r.concern = 'Bekymring (datasett ' || d.ordinal || ')'
                 where d.ordinal % 50 = 25""");
        // received by the child welfare service of the child's municipality, as Laget's inbox receives a report
        // (InboxReceiver): the intake's row, and the grants to the child's basic and child welfare data
        update(db, """
                insert into report_inbox (report_id, unit_id, received_at, received_on)
                select rc.report_id, cw.id, r.delivered_at, (r.delivered_at at time zone 'Europe/Oslo')::date
                  from ds_child d join report_child rc on rc.child_id = d.id join report r on r.id = rc.report_id
                  join ds_unit cw on cw.m = d.m and cw.type = 'CHILD_WELFARE' and cw.k = 1
                 where d.ordinal % 50 = 25 order by rc.report_id""");
        update(db, """
                insert into access_grant (child_id, unit_id, employee_id, category, basis, allows_write, consent_id,
                                          consent_category, source_type, source_id, valid_from, valid_to)
                select d.id, i.unit_id, null::bigint, g.category, 'RECEIVED_REPORT', true, null::bigint, null::varchar,
                       'report', i.report_id, i.received_at, null::timestamptz
                  from ds_child d join report_child rc on rc.child_id = d.id join report_inbox i on i.report_id = rc.report_id
                 cross join (values ('BASIC'), ('CHILD_WELFARE')) g(category)
                 where d.ordinal % 50 = 25 order by i.report_id""");
        progress(out, started, (children + 25) / 50 + " bekymringsmeldinger");

        long logged = accessLog(db, copy, now, children, out, started);

        long millis = (System.nanoTime() - started) / 1_000_000;
        update(db, "insert into dataset_run (children, municipalities, written_at, millis) values (?, ?, ?, ?)",
                children, municipalities, ts(now), millis);
        return new Result(true, children, municipalities, logged, millis);
    }

    /**
     * Three rows per child (the unit that serves it read its basic data and its category, and wrote a note) and,
     * for one child in ten, a refusal for an employee of the next municipality's child welfare service. Chained in
     * order per chain while every chain head is held, then the heads are moved to the last rows.
     */
    private long accessLog(Connection db, CopyManager copy, Instant now, long children, PrintStream out, long started)
            throws SQLException, IOException {
        String[] heads = new String[64];
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select chain, last_hash from access_log_chain order by chain for update")) {
            while (rs.next()) {
                heads[rs.getInt(1)] = rs.getString(2);
            }
        }
        long written = 0;
        String select = """
                select d.ordinal, d.id, e.id as employee, e.username, e.roles, e.unit_id, e.type,
                       o.id as other_employee, o.username as other_username, o.roles as other_roles, o.unit_id as other_unit
                  from ds_child d
                  join ds_employee e on e.id = coalesce(d.service_employee, d.health_employee)
                  left join ds_employee o on d.ordinal % 10 = 3 and o.type = 'CHILD_WELFARE' and o.n = 2
                       and o.m = d.m % (select max(m) from ds_municipality) + 1
                 where d.ordinal > ? and d.ordinal <= ? order by d.ordinal""";
        for (long lo = 0; lo < children; lo += BATCH) {
            long hi = Math.min(children, lo + BATCH);
            StringBuilder rows = new StringBuilder();
            try (PreparedStatement ps = db.prepareStatement(select)) {
                ps.setLong(1, lo);
                ps.setLong(2, hi);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long ordinal = rs.getLong("ordinal");
                        long child = rs.getLong("id");
                        long employee = rs.getLong("employee");
                        String username = rs.getString("username");
                        String roles = rs.getString("roles");
                        long unit = rs.getLong("unit_id");
                        String own = switch (rs.getString("type")) {
                            case "HEALTH_STATION" -> "HEALTH";
                            default -> "EDUCATION";
                        };
                        Instant at = now.minus(ordinal % 200 + 1, ChronoUnit.DAYS);
                        rows.append(row(heads, at, employee, username, roles, unit, child, "BASIC", "child", child,
                                "READ", "ALLOWED", "OWN_SERVICE", null));
                        rows.append(row(heads, at.plusSeconds(30), employee, username, roles, unit, child, own, "child",
                                child, "READ", "ALLOWED", "OWN_SERVICE", null));
                        rows.append(row(heads, at.plusSeconds(90), employee, username, roles, unit, child, own, "child",
                                child, "WRITE", "ALLOWED", "OWN_SERVICE", null));
                        written += 3;
                        long other = rs.getLong("other_employee");
                        if (!rs.wasNull()) {
                            rows.append(row(heads, at.plusSeconds(120), other, rs.getString("other_username"),
                                    rs.getString("other_roles"), rs.getLong("other_unit"), child, "BASIC", "child", child,
                                    "READ", "DENIED", null, "NO_CONSENT"));
                            written++;
                        }
                    }
                }
            }
            copy.copyIn("copy access_log (occurred_at, employee_id, username, roles, unit_id, child_id, category,"
                    + " object_type, object_id, action, client, outcome, basis, consent_id, emergency_id,"
                    + " emergency_reason, reason_code, previous_hash, hash, chain, format) from stdin",
                    new StringReader(rows.toString()));
            progress(out, started, "tilgangslogg for " + hi + " av " + children + " barn (" + written + " oppføringer)");
        }
        update(db, """
                update access_log_chain h
                   set (last_id, last_hash) = (select a.id, a.hash from access_log a where a.chain = h.chain
                                                order by a.id desc limit 1)
                 where exists (select 1 from access_log a where a.chain = h.chain)""");
        return written;
    }

    /** One COPY line, chained onto its chain's head (format 2, as {@code access_log_append} links it). */
    private static String row(String[] heads, Instant at, long employee, String username, String roles, long unit,
            long child, String category, String objectType, long objectId, String action, String outcome, String basis,
            String reason) {
        int chain = (int) Math.floorMod(child, 64L);
        String content = sha256(Stream.of((Object) at.toString(), employee, username, roles, unit, child, category,
                objectType, objectId, action, "PAGE", outcome, basis, null, null, null, reason)
                .map(v -> v == null ? "" : Objects.toString(v).replace("\\", "\\\\").replace("|", "\\|"))
                .collect(Collectors.joining("|")));
        String previous = heads[chain];
        String hash = sha256(previous + content);
        heads[chain] = hash;
        return String.join("\t", at.toString(), Long.toString(employee), username, roles, Long.toString(unit),
                Long.toString(child), category, objectType, Long.toString(objectId), action, "PAGE", outcome,
                basis == null ? "\\N" : basis, "\\N", "\\N", "\\N", reason == null ? "\\N" : reason, previous, hash,
                Integer.toString(chain), "2") + "\n";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }

    private static void progress(PrintStream out, long started, String what) {
        out.println("datasett: " + what + " (" + (System.nanoTime() - started) / 1_000_000_000 + " s)");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int update(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof LocalDate date) {
                    ps.setObject(i + 1, date);
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            return ps.executeUpdate();
        }
    }
}
