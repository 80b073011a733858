package no.laget.casework.internal;

import java.util.Set;
import java.util.UUID;

import no.laget.casework.Cases;
import no.laget.support.LagetTest;
import no.laget.support.QueryPlans;
import no.laget.support.SqlStatementCounter;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mine saker", "Mine tiltak" and the case list among 20,000 open cases of other services (issue 14; a country has
 * about 55,000): the user's own cases, measures and participations are found through indexes, never by reading every
 * open case or every measure. At 1.1 million children the "or" of the old statements cost 5-23 ms on every page.
 */
@LagetTest
class MyCaseworkPlanTest {

    private static final int BIG = 20_000;
    private static final Set<String> TABLES = Set.of("relay_case", "case_measure", "case_participant", "case_handover");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;
    @Autowired SqlStatementCounter sql;

    @Test
    void my_cases_my_measures_and_the_case_list_read_by_index_among_twenty_thousand_cases_of_others() throws Exception {
        long ours = unit();
        long theirs = unit();
        long me = employee(ours);
        long other = employee(theirs);
        long child = jdbc.sql("""
                insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                values ('Planbarn', ?, date '2016-04-01', ?, now(), now()) returning id""")
                .params(TestChildren.familyName(), ours).query(Long.class).single();
        long consent = jdbc.sql("""
                insert into consent (child_id, given_by, form, purpose, valid_from, valid_to, refused, recorded_by,
                                     recorded_by_unit_id, recorded_at)
                values (?, 'GUARDIANS', 'WRITTEN', 'Plantest', current_date - 10, current_date + 300, false, ?, ?, now())
                returning id""").params(child, me, ours).query(Long.class).single();
        // mine: a case I hold with a measure on me, a case offered to me with a measure on my unit; both have my unit
        long held = openCase(child, me, ours);
        long offered = openCase(child, other, theirs);
        measure(held, me, null, me);
        measure(offered, null, ours, other);
        jdbc.sql("""
                insert into case_handover (case_id, to_employee_id, to_unit_id, consent_id, offered_by, offered_at)
                values (?, ?, ?, ?, ?, now())""").params(offered, me, ours, consent, other).update();
        for (long id : new long[] {held, offered}) {
            jdbc.sql("""
                    insert into case_participant (case_id, unit_id, employee_id, consent_id, added_by, added_at)
                    values (?, ?, null, ?, ?, now())""").params(id, ours, consent, me).update();
        }
        // theirs: twenty thousand open cases, each with their unit taking part, an answered hand-over and a measure
        // on their unit or their employee
        jdbc.sql("""
                with cases as (
                    insert into relay_case (child_id, level, holder_employee_id, holder_unit_id, opened_by, opened_at)
                    select ?, 1 + g % 3, ?, ?, ?, now() from generate_series(1, ?) g
                    returning id),
                handovers as (
                    insert into case_handover (case_id, to_employee_id, to_unit_id, offered_by, offered_at, answered_at,
                                               accepted)
                    select id, ?, ?, ?, now(), now(), true from cases),
                participants as (
                    insert into case_participant (case_id, unit_id, employee_id, consent_id, added_by, added_at)
                    select id, ?, null, ?, ?, now() from cases)
                insert into case_measure (case_id, what, responsible_employee_id, responsible_unit_id, starts_on,
                                          evaluate_on, created_by, created_at)
                select id, 'Andres tiltak', case when id % 2 = 0 then ? end, ?, current_date, current_date + 30, ?, now()
                  from cases""")
                .params(child, other, theirs, other, BIG, other, theirs, other, theirs, consent, other, other, theirs, other)
                .update();
        for (String table : TABLES) {
            jdbc.sql("analyze " + table).update();
        }

        String username = jdbc.sql("select username from employee where id = ?").param(me).query(String.class).single();
        sql.reset();
        mvc.perform(get("/mine-frister").with(as(accounts, username))).andExpect(status().isOk());
        mvc.perform(get("/cases").with(as(accounts, username))).andExpect(status().isOk());

        for (String marker : new String[] {"then 'HOLDER' else 'OFFERED'", "from case_measure m", "handover_to_me"}) {
            String plan = QueryPlans.explain(jdbc, QueryPlans.find(sql, marker));
            assertThat(QueryPlans.wholeReads(plan, TABLES)).as("whole-table reads for %s in %s", marker, plan).isEmpty();
        }
    }

    private long unit() {
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                select municipality_id, ?, 'SCHOOL', true, now(), now() from unit order by id limit 1 returning id""")
                .param("Planskole " + UUID.randomUUID()).query(Long.class).single();
    }

    private long employee(long unit) {
        String username = "plan-" + UUID.randomUUID().toString().substring(0, 12);
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at, updated_at)
                values (?, 'Plan Testansatt', ?, ?, '{noop}not-for-login', true, now(), now()) returning id""")
                .params(username, username + "@laget.test", unit).query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')").param(id).update();
        return id;
    }

    private long openCase(long child, long holder, long unit) {
        return jdbc.sql("""
                insert into relay_case (child_id, level, holder_employee_id, holder_unit_id, opened_by, opened_at)
                values (?, 1, ?, ?, ?, now()) returning id""").params(child, holder, unit, holder)
                .query(Long.class).single();
    }

    private void measure(long caseId, Long employee, Long unit, long by) {
        long id = jdbc.sql("""
                insert into case_measure (case_id, what, responsible_employee_id, responsible_unit_id, starts_on,
                                          evaluate_on, created_by, created_at)
                values (?, 'Mitt tiltak', ?, ?, current_date, current_date + 20, ?, now()) returning id""")
                .params(caseId, employee, unit, by).query(Long.class).single();
        jdbc.sql("""
                insert into deadline (kind, source_type, source_id, child_id, unit_id, employee_id, due_on, link, created_at)
                values (?, ?, ?, null, ?, ?, current_date + 20, '/test/plan', now())""")
                .params(Cases.EVALUATION_KIND, Cases.MEASURE_SOURCE, id, unit, employee).update();
    }
}
