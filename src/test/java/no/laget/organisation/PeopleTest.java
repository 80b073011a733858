package no.laget.organisation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import no.laget.support.LagetTest;
import no.laget.support.QueryPlans;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The picker's search: only the scope, by the start of the name or of the last word, a page at most, by index. */
@LagetTest
class PeopleTest {

    @Autowired People people;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;
    @Autowired SqlStatementCounter counter;
    @Autowired PlatformTransactionManager transactions;

    /** A made-up word no other test uses, letters only. */
    static String token() {
        StringBuilder word = new StringBuilder("Zq");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    static long unitNamed(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from unit where name = ?").param(name).query(Long.class).single();
    }

    /** An active employee with the EMPLOYEE role (or the given role) in the unit. */
    static long employee(JdbcClient jdbc, long unitId, String name, String role) {
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params("u" + token().toLowerCase(), name, "x@demo.laget.no", unitId, OffsetDateTime.now(),
                        OffsetDateTime.now())
                .query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, ?)").params(id, role).update();
        return id;
    }

    @Test
    void only_people_and_units_in_the_scope_are_found() {
        String token = token();
        long kindergarten = unitNamed(jdbc, "Brekkerød barnehage");
        long nav = unitNamed(jdbc, "NAV Halden-Aremark");
        long inside = employee(jdbc, kindergarten, "Sølvi " + token + "sen", "EMPLOYEE");
        long outside = employee(jdbc, nav, "Sigurd " + token + "rud", "EMPLOYEE");
        long administrator = employee(jdbc, kindergarten, "Sofie " + token + "dal", "ADMINISTRATOR");

        List<People.Match> found = people.search(token, People.Scope.units(List.of(kindergarten)), true);

        assertThat(found).extracting(People.Match::value).containsExactly("employee:" + inside);
        assertThat(people.search(token, People.Scope.units(List.of(kindergarten, nav)), true))
                .extracting(People.Match::id).containsExactlyInAnyOrder(inside, outside).doesNotContain(administrator);
        assertThat(people.search(token, new People.Scope(Set.of(), Set.of(UnitType.NAV)), true))
                .extracting(People.Match::id).containsExactly(outside);
        assertThat(people.search(token, new People.Scope(Set.of(), Set.of()), true)).isEmpty();
    }

    @Test
    void a_name_is_found_by_its_start_or_its_last_word_in_any_case_with_ae_oe_aa() {
        String token = token();
        long kindergarten = unitNamed(jdbc, "Brekkerød barnehage");
        People.Scope scope = People.Scope.units(List.of(kindergarten));
        long id = employee(jdbc, kindergarten, "Øyvind Ås " + token + "æra", "EMPLOYEE");

        assertThat(people.employees(token.toUpperCase(), scope, 10)).extracting(People.Match::id).containsExactly(id);
        assertThat(people.employees(token + "ÆR", scope, 10)).extracting(People.Match::id).containsExactly(id);
        assertThat(people.employees("øyvind ås " + token.substring(0, 3), scope, 10)).extracting(People.Match::id)
                .contains(id);
        assertThat(people.employees("ås " + token, scope, 10)).as("a middle word is not a start").isEmpty();
        assertThat(people.units("brekker", scope, 10)).extracting(People.Match::id).containsExactly(kindergarten);
        assertThat(people.units("barnehage", scope, 10)).as("a word of the unit's name").hasSize(1);
    }

    @Test
    void wildcards_are_letters_and_one_letter_finds_nothing() {
        long kindergarten = unitNamed(jdbc, "Brekkerød barnehage");
        People.Scope scope = People.Scope.units(List.of(kindergarten));

        assertThat(people.search("%", scope, true)).isEmpty();
        assertThat(people.search("%%", scope, true)).isEmpty();
        assertThat(people.search("_n", scope, true)).isEmpty();
        assertThat(people.search("I", scope, true)).isEmpty();
        assertThat(people.search("   ", scope, true)).isEmpty();
        assertThat(people.search(null, scope, true)).isEmpty();
    }

    @Test
    void at_most_a_page_of_matches_comes_back() {
        String token = token();
        long kindergarten = unitNamed(jdbc, "Brekkerød barnehage");
        for (int i = 0; i < People.PAGE + 3; i++) {
            employee(jdbc, kindergarten, "Kari " + token + (char) ('a' + i), "EMPLOYEE");
        }

        assertThat(people.search(token, People.Scope.units(List.of(kindergarten)), true)).hasSize(People.PAGE);
    }

    @Test
    void the_name_search_reads_the_name_indexes_not_the_whole_table() {
        String token = token();
        long kindergarten = unitNamed(jdbc, "Brekkerød barnehage");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into employee (username, display_name, email, unit_id, created_at, updated_at)
                    select 'bulk' || g || ?, 'Navn' || g || ' Etternavn' || g, 'x@demo.laget.no', ?, now(), now()
                      from generate_series(1, 20000) g""").params(token.toLowerCase(), kindergarten).update();
            jdbc.sql("""
                    insert into employee_role (employee_id, role)
                    select id, 'EMPLOYEE' from employee where username like 'bulk%' || ?""").param(token.toLowerCase())
                    .update();
            jdbc.sql("analyze employee").update();
            jdbc.sql("analyze employee_role").update();
            counter.reset();
            people.employees(token, People.Scope.units(List.of(kindergarten)), People.PAGE);
            String plan = QueryPlans.explain(jdbc, QueryPlans.find(counter, "from employee e join unit u"));
            assertThat(QueryPlans.wholeReads(plan, Set.of("employee"))).as(plan).isEmpty();
            assertThat(plan).contains("employee_name_prefix_idx", "employee_last_name_prefix_idx");
            status.setRollbackOnly();
        });
        jdbc.sql("analyze employee").update();
        jdbc.sql("analyze employee_role").update();
    }
}
