package no.laget.child;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import no.laget.child.internal.ChildSummary;
import no.laget.platform.security.SignedInUser;
import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The door's rule sits inside the search's SQL: ten or a thousand matches among ten thousand children, the same
 * statements, only allowed rows. A search that matches more than {@link Children#MAX_MATCHES} shows none and asks
 * for more of the name, without asking the door or logging a child.
 */
@LagetTest
class ChildSearchScaleTest {

    @Autowired Children children;
    @Autowired JdbcClient jdbc;
    @Autowired SqlStatementCounter sql;
    @Autowired MockMvc mvc;

    @Test
    void a_search_of_a_thousand_matches_shows_only_allowed_rows_with_the_statements_of_a_search_over_ten() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ScaleSchools schools = ScaleSchools.create(jdbc, now);
        long ours = schools.ours();
        long theirs = schools.theirs();
        SignedInUser teacher = schools.teacher();
        String familyName = TestChildren.familyName();
        insertChildren(10, familyName, ours, ours, now);

        int searchOfTen = statements(() -> assertThat(children.search(teacher, familyName, 0).children()).hasSize(10));
        int pageOfTen = pageStatements(teacher, familyName);

        insertChildren(Children.MAX_MATCHES - 10, familyName, ours, theirs, now);
        insertChildren(9_000, "Annen" + familyName, ours, theirs, now);

        Children.SearchResult result = children.search(teacher, familyName, 0);
        assertThat(result.children()).hasSize(Children.PAGE_SIZE);
        assertThat(result.more()).isTrue();
        List<Long> shown = result.children().stream().map(ChildSummary::id).toList();
        int notOurs = jdbc.sql("""
                select count(*) from unnest(?::bigint[]) as shown(id)
                 where not exists (select 1 from child_unit cu where cu.child_id = shown.id and cu.unit_id = ?)""")
                .params(shown.toArray(Long[]::new), ours).query(Integer.class).single();
        assertThat(notOurs).as("rows of children the teacher's unit does not serve").isZero();
        assertThat(statements(() -> children.search(teacher, familyName, 3))).isEqualTo(searchOfTen);
        assertThat(pageStatements(teacher, familyName)).isEqualTo(pageOfTen);
    }

    @Test
    void a_search_that_matches_more_than_a_thousand_children_shows_none_and_asks_for_more_of_the_name() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ScaleSchools schools = ScaleSchools.create(jdbc, now);
        SignedInUser teacher = schools.teacher();
        String familyName = TestChildren.familyName();
        insertChildren(Children.MAX_MATCHES, familyName, schools.ours(), schools.theirs(), now);
        assertThat(children.search(teacher, familyName, 0).tooBroad()).as("exactly the most a search may match").isFalse();
        int logBefore = logged(teacher);

        insertChildren(1, familyName, schools.ours(), schools.ours(), now);
        int searchOfTooMany = statements(() -> {
            Children.SearchResult result = children.search(teacher, familyName, 0);
            assertThat(result.tooBroad()).isTrue();
            assertThat(result.children()).isEmpty();
            assertThat(result.more()).isFalse();
        });
        assertThat(searchOfTooMany).as("one count, no search, no log").isEqualTo(1);
        assertThat(sql.countContaining("select 1 from child c where")).as("the name search's count").isEqualTo(1);
        assertThat(logged(teacher)).as("no child was shown, so none is logged").isEqualTo(logBefore);

        String page = mvc.perform(get("/children").param("q", familyName).with(user(teacher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"too-broad\"", "Søket treffer for mange barn").contains("value=\"" + familyName + "\"")
                .doesNotContain("Fant ingen barn du har tilgang til");
        mvc.perform(get("/api/v1/children").param("q", familyName).with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.tooBroad").value(true))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.children").isEmpty());
        // a birth date is never counted first: it matches a few hundred children in the whole country at most
        sql.reset();
        children.search(teacher, "01.01.2012", 0);
        assertThat(sql.countContaining("c.birth_date = ")).as("the date search itself").isEqualTo(1);
        assertThat(sql.countContaining("select 1 from child c where")).as("no count for a date").isZero();
        // more of the name: the given name narrows it to two children (the first and the last inserted), and the
        // last one, served by the teacher's unit, is shown
        long last = jdbc.sql("select max(id) from child where family_name = ?").param(familyName).query(Long.class).single();
        assertThat(children.search(teacher, "Barn1 " + familyName, 0).children()).extracting(ChildSummary::id)
                .contains(last);
        // or the birth date after the name: never counted first, and the child is found among the 1,001
        sql.reset();
        Children.SearchResult withDate = children.search(teacher, familyName + " 02.01.2012", 0);
        assertThat(withDate.tooBroad()).isFalse();
        assertThat(withDate.children()).extracting(ChildSummary::id).contains(last);
        assertThat(withDate.children()).extracting(ChildSummary::birthDate).containsOnly(LocalDate.of(2012, 1, 2));
        assertThat(sql.countContaining("select 1 from child c where")).as("no count for a name with a date").isZero();
        assertThat(mvc.perform(get("/children").param("q", "02.01.2012 " + familyName).with(user(teacher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"/children/" + last + "\"").doesNotContain("id=\"too-broad\"");
    }

    private int logged(SignedInUser teacher) {
        return jdbc.sql("select count(*)::int from access_log where employee_id = ? and object_type = 'child_search'")
                .param(teacher.employeeId()).query(Integer.class).single();
    }

    private int pageStatements(SignedInUser teacher, String familyName) throws Exception {
        sql.reset();
        mvc.perform(get("/children").param("q", familyName).with(user(teacher))).andExpect(status().isOk());
        return sql.count();
    }

    private int statements(Runnable action) {
        sql.reset();
        action.run();
        return sql.count();
    }

    /** Every other child is served by the second unit, so half of them must never show. */
    private void insertChildren(int count, String familyName, long unitForEven, long unitForOdd, OffsetDateTime now) {
        jdbc.sql("""
                with new_children as (
                    insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                    select 'Barn' || g, ?, date '2012-01-01' + (g % 3000), ?, ?, ?
                      from generate_series(1, ?) g
                    returning id)
                insert into child_unit (child_id, unit_id, from_date)
                select id, case when id % 2 = 0 then ? else ? end, date '2020-01-01' from new_children""")
                .params(familyName, unitForEven, now, now, count, unitForEven, unitForOdd).update();
    }
}
