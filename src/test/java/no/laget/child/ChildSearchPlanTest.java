package no.laget.child;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import no.laget.child.internal.ChildSummary;
import no.laget.platform.security.SignedInUser;
import no.laget.support.LagetTest;
import no.laget.support.QueryPlans;
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
 * The child search among 20,000 children (issue 14): a name, a number or a birth date is found through an index, never
 * by reading the whole table or walking a whole index; the door's rule stays in the statement; the order holds.
 */
@LagetTest
class ChildSearchPlanTest {

    /** 999 of them (1 in 20) and 1 of the first ten match: 1,000, as many as a search may match and still show. */
    private static final int BIG = 19_980;
    private static final Set<String> TABLES = Set.of("child", "child_unit", "consent");

    @Autowired Children children;
    @Autowired JdbcClient jdbc;
    @Autowired SqlStatementCounter sql;
    @Autowired MockMvc mvc;

    @Test
    void name_number_and_date_searches_over_twenty_thousand_children_read_by_index_and_show_allowed_rows_in_order()
            throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ScaleSchools schools = ScaleSchools.create(jdbc, now);
        long ours = schools.ours();
        long theirs = schools.theirs();
        SignedInUser teacher = schools.teacher();
        String base = TestChildren.familyName();
        insert(10, base, ours, theirs, now);
        String family = (base + "c").toLowerCase();
        int apiOfTen = apiStatements(teacher, family);

        insert(BIG, base, ours, theirs, now);
        jdbc.sql("analyze child").update();
        jdbc.sql("analyze child_unit").update();

        // a name: the start of the family name, 1/20 of the children match, a third of those are not ours
        assertThat(apiStatements(teacher, family)).isEqualTo(apiOfTen);
        assertNoWholeReads();
        Children.SearchResult page = children.search(teacher, family, 1);
        List<Long> expected = jdbc.sql("""
                select c.id from child c
                 where lower(c.family_name) = ?
                   and exists (select 1 from child_unit cu where cu.child_id = c.id and cu.unit_id = ?)
                 order by lower(c.family_name), lower(c.given_name), c.id
                 limit ? offset ?""")
                .params(family, ours, Children.PAGE_SIZE, Children.PAGE_SIZE).query(Long.class).list();
        assertThat(page.children().stream().map(ChildSummary::id).toList()).isEqualTo(expected);
        assertThat(page.more()).isTrue();

        // the start of "given family": one child
        long first = expected.getFirst();
        ChildSummary one = page.children().getFirst();
        apiStatements(teacher, one.givenName() + " " + one.familyName().substring(0, one.familyName().length() - 2));
        assertNoWholeReads();
        assertThat(children.search(teacher, one.givenName() + " " + one.familyName(), 0).children())
                .extracting(ChildSummary::id).containsExactly(first);

        // a wildcard typed is a letter: '%' matches no one
        assertThat(children.search(teacher, "%" + family.substring(1), 0).children()).isEmpty();

        // an identity number: ours is found, theirs is not (the door's rule in the statement)
        long theirChild = jdbc.sql("""
                select c.id from child c join child_unit cu on cu.child_id = c.id
                 where c.family_name = ? and cu.unit_id = ? order by c.id limit 1""")
                .params(base + "c", theirs).query(Long.class).single();
        String ourNumber = number(first);
        String theirNumber = number(theirChild);
        apiStatements(teacher, ourNumber);
        assertNoWholeReads();
        assertThat(children.search(teacher, ourNumber, 0).children()).extracting(ChildSummary::id).containsExactly(first);
        assertThat(children.search(teacher, theirNumber, 0).children()).isEmpty();

        // a birth date
        LocalDate born = one.birthDate();
        apiStatements(teacher, born.toString());
        assertNoWholeReads();
        List<ChildSummary> bornThatDay = children.search(teacher, born.toString(), 0).children();
        assertThat(bornThatDay).extracting(ChildSummary::id).contains(first);
        assertThat(bornThatDay).allSatisfy(c -> assertThat(c.birthDate()).isEqualTo(born));
        assertThat(bornThatDay).allSatisfy(c -> assertThat(servedBy(c.id())).isEqualTo(ours));

        // the family name and the birth date together: that child, by index
        apiStatements(teacher, one.familyName() + " " + no.laget.platform.time.Dates.paddedDay(born));
        assertNoWholeReads();
        assertThat(children.search(teacher, one.familyName() + " " + born, 0).children())
                .extracting(ChildSummary::id).contains(first)
                .hasSize((int) bornThatDay.stream().filter(c -> c.familyName().equals(one.familyName())).count());
    }

    private void assertNoWholeReads() {
        String plan = QueryPlans.explain(jdbc, QueryPlans.find(sql, "from child c"));
        assertThat(QueryPlans.wholeReads(plan, TABLES)).as("whole reads in %s", plan).isEmpty();
    }

    private int apiStatements(SignedInUser teacher, String query) throws Exception {
        sql.reset();
        mvc.perform(get("/api/v1/children").param("q", query).with(user(teacher))).andExpect(status().isOk());
        return sql.count();
    }

    /** A synthetic number (month + 80) for the child, unused by other tests' children. */
    private String number(long child) {
        var random = ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            String number = IdentityNumber.syntheticFor(LocalDate.of(2001, 1, 1).plusDays(random.nextInt(6000)),
                    random.nextInt(500)).value();
            int updated = jdbc.sql("""
                    update child set identity_number = ? where id = ?
                       and not exists (select 1 from child where identity_number = ?)""")
                    .params(number, child, number).update();
            if (updated == 1) {
                return number;
            }
            assertThat(attempt).as("a free synthetic number").isLessThan(20);
        }
    }

    private long servedBy(long child) {
        return jdbc.sql("select unit_id from child_unit where child_id = ?").param(child).query(Long.class).single();
    }

    /** Family names base + one of 20 letters; every third child is served by the other unit only. */
    private void insert(int count, String base, long ours, long theirs, OffsetDateTime now) {
        jdbc.sql("""
                with new_children as (
                    insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                    select 'Barn' || g, ? || chr(97 + g % 20), date '2012-01-01' + (g % 3000), ?, ?, ?
                      from generate_series(1, ?) g
                    returning id, given_name)
                insert into child_unit (child_id, unit_id, from_date)
                select id, case when cast(substr(given_name, 5) as int) % 3 = 0 then ? else ? end, date '2020-01-01'
                  from new_children""")
                .params(base, ours, now, now, count, theirs, ours).update();
    }
}
