package no.laget.deadline.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.laget.deadline.internal.DeadlineTestPeople.Person;
import no.laget.mywork.DeadlineState;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.QueryPlans;
import no.laget.support.SqlStatementCounter;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mine saker og frister" at a unit with 20,000 open consent-expiry deadlines (issue 14): the cost follows the page,
 * the first and a later one.
 * Order and limit come first (an index walk in due order), the door is asked only for the rows shown, the number
 * of statements does not grow, and the rows are still the right ones, hidden where the door says so.
 */
@LagetTest
class MyWorkScaleTest {

    private static final int BIG = 20_000;

    private final String family = TestChildren.familyName();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;
    @Autowired SqlStatementCounter sql;

    @Test
    void twenty_thousand_deadlines_cost_the_statements_of_sixty_read_by_index_and_show_a_page_of_rows_hidden_where_refused()
            throws Exception {
        LocalDate today = DeadlineState.today(clock);
        long ours = DeadlineTestPeople.unit(jdbc);
        long theirs = DeadlineTestPeople.unit(jdbc);
        Person me = DeadlineTestPeople.employee(jdbc, ours, "EMPLOYEE");
        long source = System.nanoTime();
        insert(60, ours, theirs, me, today, source); // a page and a bit
        int pageOfSixty = statements("/mine-frister", me);
        int laterPageOfSixty = statements("/mine-frister?side=1", me);
        int apiOfSixty = statements("/api/v1/me/deadlines", me);

        insert(BIG, ours, theirs, me, today, source + BIG);
        jdbc.sql("analyze child").update();
        jdbc.sql("analyze child_unit").update();
        jdbc.sql("analyze deadline").update();

        assertThat(statements("/mine-frister", me)).as("page statements").isEqualTo(pageOfSixty);
        assertThat(statements("/mine-frister?side=3", me)).as("a later page's statements").isEqualTo(laterPageOfSixty);
        int apiStatements = statements("/api/v1/me/deadlines", me);
        assertThat(apiStatements).as("API statements").isEqualTo(apiOfSixty);

        String plan = QueryPlans.explain(jdbc, QueryPlans.find(sql, "from deadline d"));
        assertThat(QueryPlans.wholeReads(plan, Set.of("deadline", "child", "consent", "child_unit")))
                .as("whole-table reads in %s", plan).isEmpty();

        // the right rows: the first page by due date of mine and my unit's, hidden where the door refuses
        long logBefore = logged(me);
        JsonNode answer = new ObjectMapper().readTree(mvc.perform(get("/api/v1/me/deadlines")
                .with(as(accounts, me.username()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<Long> expected = jdbc.sql("""
                select id from deadline
                 where done_at is null and (employee_id = ? or (employee_id is null and unit_id = ?))
                 order by due_on, id limit ? offset ?""")
                .params(me.id(), ours, Deadlines.PAGE_SIZE, 0).query(Long.class).list();
        List<Long> shownIds = new ArrayList<>();
        List<Long> named = new ArrayList<>();
        int hidden = 0;
        for (JsonNode row : answer.get("deadlines")) {
            shownIds.add(row.get("id").asLong());
            if (row.get("childHidden").asBoolean()) {
                hidden++;
                assertThat(row.get("childId").isNull()).isTrue();
                assertThat(row.get("childName").isNull()).isTrue();
            } else {
                long child = row.get("childId").asLong();
                assertThat(servedBy(child)).as("named child %s is served by my unit", child).isEqualTo(ours);
                named.add(child);
            }
        }
        assertThat(shownIds).isEqualTo(expected);
        assertThat(answer.get("more").asBoolean()).isTrue();
        assertThat(hidden).as("rows of children my unit does not serve, kept and hidden").isPositive();
        assertThat(named).isNotEmpty();
        List<Long> hiddenChildren = jdbc.sql("""
                select d.child_id from deadline d where d.id = any (?::bigint[])
                   and not exists (select 1 from child_unit cu where cu.child_id = d.child_id and cu.unit_id = ?)""")
                .params(shownIds.toArray(Long[]::new), ours).query(Long.class).list();
        assertThat(hiddenChildren).hasSize(hidden);
        assertThat(logged(me) - logBefore).as("each named child logged once").isEqualTo(named.stream().distinct().count());

        String page = mvc.perform(get("/mine-frister").with(as(accounts, me.username()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("(skjult)", "Skalabarn", "Viser frist 1–50", ">Mine saker<", "href=\"/mine-frister?side=1\"")
                .doesNotContain("Forrige side");

        // the third page is the next fifty, in the same order; far beyond the last there is nothing and no next
        JsonNode third = api(me, "/api/v1/me/deadlines?page=2");
        List<Long> thirdExpected = jdbc.sql("""
                select id from deadline
                 where done_at is null and (employee_id = ? or (employee_id is null and unit_id = ?))
                 order by due_on, id limit ? offset ?""")
                .params(me.id(), ours, Deadlines.PAGE_SIZE, 2 * Deadlines.PAGE_SIZE).query(Long.class).list();
        List<Long> thirdIds = new ArrayList<>();
        third.get("deadlines").forEach(row -> thirdIds.add(row.get("id").asLong()));
        assertThat(thirdIds).hasSize(Deadlines.PAGE_SIZE).isEqualTo(thirdExpected);
        assertThat(third.get("page").asInt()).isEqualTo(2);
        assertThat(third.get("more").asBoolean()).isTrue();
        JsonNode beyond = api(me, "/api/v1/me/deadlines?page=100000");
        assertThat(beyond.get("deadlines")).isEmpty();
        assertThat(beyond.get("more").asBoolean()).isFalse();
        String thirdPage = mvc.perform(get("/mine-frister?side=2").with(as(accounts, me.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(thirdPage).contains("Viser frist 101–150", "href=\"/mine-frister?side=1\"",
                "href=\"/mine-frister?side=3\"").doesNotContain(">Mine saker<", ">Mine tiltak<");
        assertThat(mvc.perform(get("/mine-frister?side=100000").with(as(accounts, me.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Det er ingen frister på denne siden.").doesNotContain("Neste side");
    }

    private JsonNode api(Person me, String path) throws Exception {
        return new ObjectMapper().readTree(mvc.perform(get(path).with(as(accounts, me.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /**
     * {@code count} consent-expiry deadlines: on my unit with no person, except every hundredth on me; every third
     * child is served by the other unit (hidden to me). Due dates spread over a year around today.
     */
    private void insert(int count, long ours, long theirs, Person me, LocalDate today, long source) {
        jdbc.sql("""
                with kids as (
                    insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                    select 'Skalabarn' || g, ?, date '2015-01-01' + (g % 2000), ?, now(), now()
                      from generate_series(1, ?) g
                    returning id),
                served as (
                    insert into child_unit (child_id, unit_id, from_date)
                    select id, case when id % 3 = 0 then ? else ? end, date '2020-01-01' from kids
                    returning child_id)
                insert into deadline (kind, source_type, source_id, child_id, unit_id, employee_id, due_on, link, created_at)
                select 'CONSENT_EXPIRY', 'scale-test', ? + row_number() over (order by child_id), child_id, ?,
                       case when child_id % 100 = 0 then ? end,
                       cast(? as date) + cast((child_id * 7919) % 365 - 180 as int), '/test/scale', now()
                  from served""")
                .params(family, ours, count, theirs, ours, source, ours, me.id(), today).update();
    }

    private long servedBy(long child) {
        return jdbc.sql("select unit_id from child_unit where child_id = ?").param(child).query(Long.class).single();
    }

    private long logged(Person me) {
        return jdbc.sql("select count(*) from access_log where employee_id = ? and object_type = 'my_deadlines'")
                .param(me.id()).query(Long.class).single();
    }

    private int statements(String path, Person person) throws Exception {
        sql.reset();
        mvc.perform(get(path).with(as(accounts, person.username()))).andExpect(status().isOk());
        return sql.count();
    }
}
