package no.laget.child.internal;

import java.time.LocalDate;

import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
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
 * That child welfare serves a child is itself confidential: the child's page shows a reader the other units that
 * serve the child only under a consent covering basic data (or an emergency access), like their phone numbers.
 */
@LagetTest
class ServingUnitsConfidentialTest {

    static final String CHILD_WELFARE = "Barneverntjenesten i Halden";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ChildFixtures fixtures;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;

    @Test
    void a_serving_unit_sees_itself_and_other_serving_units_only_under_a_consent() throws Exception {
        clock.reset();
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        jdbc.sql("insert into child_unit (child_id, unit_id, from_date) values (?, ?, date '2024-01-01')")
                .params(child, fixtures.user("barnevern").unitId()).update();

        assertThat(page("ansatt", child)).contains("Brekkerød barnehage").doesNotContain(CHILD_WELFARE);
        assertThat(page("barnevern", child)).contains(CHILD_WELFARE).doesNotContain("Brekkerød barnehage");

        fixtures.consent("ansatt", child, fixtures.user("ansatt").unitId(), today, today.plusYears(1), "BASIC");

        assertThat(page("ansatt", child)).as("the family consented to share basic data with the kindergarten")
                .contains("Brekkerød barnehage", CHILD_WELFARE);
    }

    private String page(String username, long child) throws Exception {
        return mvc.perform(get("/children/" + child).with(as(accounts, username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
