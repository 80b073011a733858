package no.laget.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import no.laget.LagetApplication;
import no.laget.access.internal.AccessLogCheck;
import no.laget.child.IdentityNumber;
import no.laget.platform.LagetProperties;
import no.laget.support.TestSupportConfig;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static no.laget.support.Accounts.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code ./laget dataset} at a small size, on a database of its own (the suite's shared one must not gain 300
 * children other tests would count): what it writes, that every number is synthetic, that a second run adds nothing,
 * that the access log still checks, and that the data set's employees log in and meet the door like anyone else.
 */
class DatasetTest {

    private static final int CHILDREN = 300;
    private static final int MUNICIPALITIES = 2;

    private static ConfigurableApplicationContext node;
    private static JdbcClient jdbc;
    private static Dataset.Result first;
    private static String firstOutput;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "dataset-");
        node = new SpringApplicationBuilder(LagetApplication.class, TestSupportConfig.class)
                .profiles("demo", "test")
                .run("--laget.db.embedded-data-dir=" + data.toAbsolutePath(), "--server.port=0",
                        "--spring.jmx.enabled=false");
        jdbc = node.getBean(JdbcClient.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        first = node.getBean(Dataset.class).write(CHILDREN, MUNICIPALITIES, new PrintStream(out, true, StandardCharsets.UTF_8));
        firstOutput = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    private static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static final String DATASET_CHILD = """
            child c join unit u on u.id = c.registered_by_unit_id join municipality m on m.id = u.municipality_id
            where m.number like '9%'""";

    @Test
    void writes_every_table_in_the_proportions_it_documents() {
        assertThat(first.written()).isTrue();
        assertThat(count("select count(*) from municipality where number between '9001' and '9357'")).isEqualTo(2);
        assertThat(count("select count(*) from " + DATASET_CHILD)).isEqualTo(CHILDREN);
        // every unit type in each municipality
        assertThat(count("""
                select count(distinct (u.municipality_id, u.type)) from unit u join municipality m on m.id = u.municipality_id
                 where m.number like '9%'""")).isEqualTo(2 * 6);
        assertThat(count("select count(*) from employee where username like 'ds-%'")).isEqualTo(count("""
                select sum(case u.type when 'SCHOOL' then 4 when 'PPT' then 2 when 'NAV' then 2 else 3 end)
                  from unit u join municipality m on m.id = u.municipality_id where m.number like '9%'"""));
        long single = java.util.stream.LongStream.rangeClosed(1, CHILDREN).filter(i -> i % 7 == 0).count();
        assertThat(count("select count(*) from guardian g where g.child_id in (select c.id from " + DATASET_CHILD + ")"))
                .isEqualTo(2L * CHILDREN - single);
        long served = count("select count(*) from " + DATASET_CHILD
                + " and extract(year from age(current_date, c.birth_date)) between 1 and 15");
        // ages spread over 0-17 even at a small size: most children have a kindergarten or a school
        assertThat(served).isBetween(200L, 280L);
        assertThat(count("select count(*) from " + DATASET_CHILD + " and c.birth_date < current_date - 365 * 16"))
                .isPositive();
        assertThat(count("select count(*) from child_unit cu where cu.child_id in (select c.id from " + DATASET_CHILD + ")"))
                .isBetween(CHILDREN + served - 2, CHILDREN + served + 2);

        // consents for six in ten, one per state by the number: live (x2), expired, withdrawn, partly withdrawn, refused
        String consents = "consent k where k.child_id in (select c.id from " + DATASET_CHILD + ")";
        assertThat(count("select count(*) from " + consents)).isEqualTo(180);
        assertThat(count("select count(*) from " + consents + " and k.refused")).isEqualTo(30);
        assertThat(count("select count(*) from " + consents + " and k.withdrawn_at is not null")).isEqualTo(30);
        assertThat(count("select count(*) from " + consents + " and k.valid_to < current_date")).isEqualTo(30);
        assertThat(count("select count(*) from " + consents + " and not k.refused and k.withdrawn_at is null"
                + " and k.valid_to >= current_date and exists (select 1 from consent_grant g where g.consent_id = k.id"
                + " and g.withdrawn_at is not null)")).isEqualTo(30);
        assertThat(count("select count(*) from " + consents + " and not k.refused and k.withdrawn_at is null"
                + " and k.valid_to >= current_date and not exists (select 1 from consent_grant g where g.consent_id = k.id"
                + " and g.withdrawn_at is not null)")).isEqualTo(60);
        assertThat(count("select count(*) from consent_grant g join " + consents.replace("consent k where", "consent k on k.id = g.consent_id and"))).isEqualTo(360 + 15);
        assertThat(count("select count(*) from consent_guardian cg join " + consents.replace("consent k where", "consent k on k.id = cg.consent_id and")))
                .isBetween(180L, 360L);

        String cases = "relay_case r where r.child_id in (select c.id from " + DATASET_CHILD + ")";
        assertThat(count("select count(*) from " + cases)).isEqualTo(15);
        assertThat(jdbc.sql("select distinct r.level from " + cases + " order by 1").query(Integer.class).list())
                .containsExactly(1, 2, 3);
        assertThat(count("select count(*) from " + cases + " and r.closed_at is not null")).isEqualTo(3);
        for (String table : List.of("case_goal", "case_measure", "case_meeting", "case_level_change")) {
            assertThat(count("select count(*) from " + table + " t where t.case_id in (select r.id from " + cases + ")"))
                    .as(table).isEqualTo(15);
        }
        assertThat(count("select count(*) from report_child rc where rc.child_id in (select c.id from " + DATASET_CHILD + ")"))
                .isEqualTo(6);
        assertThat(count("select count(*) from deadline d where d.child_id in (select c.id from " + DATASET_CHILD + ")"))
                .isEqualTo(180 + 15);
        // the data set's rows lie a day or more before it was written; the login test below adds rows of today
        assertThat(count("select count(*) from access_log a where a.username like 'ds-%'"
                + " and a.occurred_at < (select written_at from dataset_run) - interval '1 hour'")).isEqualTo(first.accessLogRows())
                .isEqualTo(3L * CHILDREN + 30);
        assertThat(count("select count(*) from dataset_run")).isEqualTo(1);
    }

    @Test
    void every_identity_number_is_synthetic_valid_and_unique() {
        List<String> numbers = jdbc.sql("select c.identity_number from " + DATASET_CHILD
                + " union all select g.identity_number from guardian g where g.child_id in (select c.id from "
                + DATASET_CHILD + ")").query(String.class).list();
        assertThat(numbers).hasSize(CHILDREN + 2 * CHILDREN - 42);
        assertThat(numbers).allSatisfy(number -> {
            IdentityNumber parsed = IdentityNumber.parse(number);
            assertThat(parsed.isSynthetic()).isTrue();
            assertThat(Integer.parseInt(number.substring(2, 4))).isGreaterThan(80);
        });
        assertThat(numbers).doesNotHaveDuplicates();
    }

    @Test
    void a_second_run_with_the_same_size_adds_nothing_and_another_size_is_refused() {
        Map<String, Long> before = Map.of("child", count("select count(*) from child"),
                "access_log", count("select count(*) from access_log"), "consent", count("select count(*) from consent"));
        Dataset dataset = node.getBean(Dataset.class);
        Dataset.Result again = dataset.write(CHILDREN, MUNICIPALITIES, new PrintStream(new ByteArrayOutputStream()));
        assertThat(again.written()).isFalse();
        assertThatThrownBy(() -> dataset.write(CHILDREN + 1, MUNICIPALITIES, new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(Dataset.Refused.class);
        assertThat(Map.of("child", count("select count(*) from child"),
                "access_log", count("select count(*) from access_log"), "consent", count("select count(*) from consent")))
                .isEqualTo(before);
        assertThat(count("select count(*) from dataset_run")).isEqualTo(1);
    }

    @Test
    void the_access_log_checks_after_the_data_set() {
        AccessLogCheck.Result result = node.getBean(AccessLogCheck.class).run();
        assertThat(result.firstBrokenEntry()).isEmpty();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(3L * CHILDREN + 30);
    }

    @Test
    void progress_lines_name_counts_and_never_a_person() {
        assertThat(firstOutput).contains("datasett: 300 av 300 barn").contains("tilgangslogg for 300 av 300 barn");
        List<String> names = jdbc.sql("select c.identity_number from " + DATASET_CHILD).query(String.class).list();
        assertThat(names).noneMatch(firstOutput::contains);
        assertThat(firstOutput).doesNotContain("Hansen").doesNotContain(Dataset.PASSWORD);
    }

    @Test
    void an_employee_of_the_data_set_logs_in_and_the_door_allows_their_own_children_only() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) node).apply(springSecurity()).build();
        // a kindergarten employee who is not its leader, and a child the kindergarten serves today
        var row = jdbc.sql("""
                select e.username, cu.child_id from employee e join child_unit cu on cu.unit_id = e.unit_id
                  join unit u on u.id = e.unit_id
                 where e.username like 'ds-%-2' and u.type = 'KINDERGARTEN' and cu.to_date is null
                 order by cu.child_id limit 1""").query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).single();
        long other = jdbc.sql("""
                select c.id from child c join unit u on u.id = c.registered_by_unit_id
                  join municipality m on m.id = u.municipality_id
                 where m.number like '9%' and not exists (select 1 from child_unit cu join employee e on e.unit_id = cu.unit_id
                                                           where cu.child_id = c.id and e.username = ?)
                   and not exists (select 1 from consent k where k.child_id = c.id)
                 order by c.id limit 1""").param(row.getKey()).query(Long.class).single();
        // this MockMvc has Spring Security's filters but not Spring Session's: the login lives in the mock session
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                        login(row.getKey(), Dataset.PASSWORD, "10.9.0.1"))
                .andExpect(authenticated().withUsername(row.getKey())).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        mvc.perform(get("/children/" + row.getValue()).session(session)).andExpect(status().isOk());
        mvc.perform(get("/children/" + other).session(session)).andExpect(status().isForbidden());
        // and a wrong password is a wrong password for them too
        mvc.perform(login(row.getKey(), "wrong", "10.9.0.2"))
                .andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated());
    }

    @Test
    void a_case_holder_opens_their_case_and_child_welfare_its_intake_as_the_load_test_does() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) node).apply(springSecurity()).build();
        // an open case and its holder: the consent names the holder's unit for RELAY_LOG, the unit takes part
        var held = jdbc.sql("""
                select e.username, r.id from relay_case r join employee e on e.id = r.holder_employee_id
                 where e.username like 'ds-%' and r.closed_at is null order by r.id limit 1""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).single();
        var holder = (org.springframework.mock.web.MockHttpSession) mvc.perform(login(held.getKey(), Dataset.PASSWORD, "10.9.1.1"))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/cases/" + held.getValue()).session(holder)).andExpect(status().isOk());
        mvc.perform(get("/cases").session(holder)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("href=\"/cases/" + held.getValue() + "\"")));
        // every report is in the intake of the child welfare service of the child's municipality, and opens there
        assertThat(count("""
                select count(*) from report_child rc join child c on c.id = rc.child_id
                  join unit h on h.id = c.registered_by_unit_id join municipality m on m.id = h.municipality_id
                  left join report_inbox i on i.report_id = rc.report_id left join unit cw on cw.id = i.unit_id
                 where m.number like '9%' and (cw.type is distinct from 'CHILD_WELFARE'
                       or cw.municipality_id <> h.municipality_id)""")).isZero();
        var received = jdbc.sql("""
                select e.username, i.id from report_inbox i join employee e on e.unit_id = i.unit_id
                  join employee_role er on er.employee_id = e.id and er.role = 'CHILD_WELFARE_INTAKE'
                 where e.username like 'ds-%' order by i.id, e.id limit 1""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).single();
        var intake = (org.springframework.mock.web.MockHttpSession) mvc.perform(login(received.getKey(), Dataset.PASSWORD, "10.9.1.2"))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/intake").session(intake)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("href=\"/intake/" + received.getValue() + "\"")));
        mvc.perform(get("/intake/" + received.getValue()).session(intake)).andExpect(status().isOk());
    }

    @Test
    void the_command_writes_for_the_load_test_a_child_each_employee_serves_whose_page_opens_by_name() throws Exception {
        Path file = Files.createTempDirectory(Path.of("target"), "load-file-").resolve("sub/children.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = node.getBean(DatasetCommand.class).execute(new DefaultApplicationArguments("dataset",
                "--children=" + CHILDREN, "--municipalities=" + MUNICIPALITIES, "--load-file=" + file),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.getFirst()).isEqualTo("username,childId,childName,birthDate");
        List<String[]> rows = lines.stream().skip(1).map(line -> line.split(",", 4)).toList();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("datasett: " + rows.size() + " ansatte");
        // every employee of a health station, a kindergarten or a school whose unit serves enough children
        assertThat((long) rows.size()).isEqualTo(count("""
                select count(*) from employee e join unit u on u.id = e.unit_id
                 where e.username like 'ds-%' and u.type in ('HEALTH_STATION', 'KINDERGARTEN', 'SCHOOL')
                   and (select count(*) from child_unit cu where cu.unit_id = e.unit_id and cu.to_date is null) > e.id % 17"""));
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(count("select count(*) from child_unit cu join employee e on e.unit_id = cu.unit_id"
                    + " where e.username = '" + row[0] + "' and cu.child_id = " + row[1] + " and cu.to_date is null"))
                    .as("%s serves child %s", row[0], row[1]).isOne();
            assertThat(row[2] + "," + row[3]).isEqualTo(jdbc.sql("""
                    select given_name || ' ' || family_name || ',' || to_char(birth_date, 'DD.MM.YYYY') from child
                     where id = ?""").param(Long.parseLong(row[1])).query(String.class).single());
        });
        assertThat(Files.readString(file)).doesNotContainPattern("\\d{11}");
        assertThat(rows.stream().map(row -> row[1]).distinct().count()).as("colleagues look up different children")
                .isGreaterThan(rows.size() / 4);

        // as the load test does: the employee searches the child's name and birth date and opens the child's page
        String[] first = rows.getFirst();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) node).apply(springSecurity()).build();
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(login(first[0], Dataset.PASSWORD, "10.9.2.1"))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/children").param("q", first[2] + " " + first[3]).session(session)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("href=\"/children/" + first[1] + "\"")));
        mvc.perform(get("/children/" + first[1]).session(session)).andExpect(status().isOk());
    }

    @Test
    void refuses_outside_demo_mode_and_test_data() {
        Dataset production = new Dataset(node.getBean(javax.sql.DataSource.class), node.getBean(PasswordEncoder.class),
                java.time.Clock.systemUTC(), new LagetProperties(LagetProperties.Mode.PRODUCTION, null, null, null, null, null),
                false);
        assertThatThrownBy(() -> production.write(10, 1, new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(Dataset.Refused.class);
        DatasetCommand command = new DatasetCommand(production, node);
        assertThat(command.execute(new DefaultApplicationArguments("dataset", "--children=10"),
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    void wrong_arguments_are_told_and_write_nothing() {
        DatasetCommand command = node.getBean(DatasetCommand.class);
        for (String[] args : List.of(new String[] {"dataset"}, new String[] {"dataset", "--children=abc"},
                new String[] {"dataset", "--children=0"}, new String[] {"dataset", "--children=10", "--municipalities=358"},
                new String[] {"dataset", "--children=10", "--municipalities=x"},
                new String[] {"dataset", "--children=5", "--municipalities=6"})) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(command.execute(new DefaultApplicationArguments(args), new PrintStream(out))).as(String.join(" ", args))
                    .isEqualTo(2);
            assertThat(out.toString(StandardCharsets.UTF_8)).isNotBlank();
        }
        assertThat(count("select count(*) from dataset_run")).isEqualTo(1);
    }
}
