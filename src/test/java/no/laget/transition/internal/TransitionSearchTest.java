package no.laget.transition.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import no.laget.child.Children;
import no.laget.platform.security.SignedInUser;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;
import no.laget.support.UnitFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Child welfare's search for a young person says when it matched too many children to show, as the child search
 * page does, instead of an empty list that reads as "nobody".
 */
@LagetTest
class TransitionSearchTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void a_search_that_matches_more_than_a_thousand_children_asks_for_more_of_the_name() throws Exception {
        SignedInUser childWelfare = new UnitFixtures(jdbc).employeeOfNewUnit("CHILD_WELFARE", "EMPLOYEE");
        String familyName = TestChildren.familyName();
        insertChildren(Children.MAX_MATCHES, familyName, childWelfare.unitId());

        assertThat(search(childWelfare, familyName)).as("exactly the most a search may match")
                .doesNotContain("id=\"too-broad\"").contains("Barn1 " + familyName);

        insertChildren(1, familyName, childWelfare.unitId());
        assertThat(search(childWelfare, familyName))
                .contains("id=\"too-broad\"", "Søket treffer for mange barn", "value=\"" + familyName + "\"")
                .doesNotContain("Barn1 " + familyName);
    }

    private String search(SignedInUser user, String query) throws Exception {
        return mvc.perform(get("/nav/overgang").param("q", query).with(user(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Synthetic children served by the unit, in one statement: a thousand are cheap this way. */
    private void insertChildren(int count, String familyName, long unit) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                with new_children as (
                    insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                    select 'Barn' || g, ?, date '2008-01-01' + (g % 3000), ?, ?, ?
                      from generate_series(1, ?) g
                    returning id)
                insert into child_unit (child_id, unit_id, from_date)
                select id, ?, date '2020-01-01' from new_children""")
                .params(familyName, unit, now, now, count, unit).update();
    }
}
