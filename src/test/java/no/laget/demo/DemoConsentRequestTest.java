package no.laget.demo;

import java.time.LocalDate;

import no.laget.child.IdentityNumber;
import no.laget.support.FamilyFixtures;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.PageContent.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's pending consent request: Gimle skole asks Noah Diktesen's guardians for the relay log for six months, and
 * it waits on the page of Aisha Diktesen (README's 21908333028), the only one with parental responsibility. Seeding
 * again adds nothing.
 */
@LagetTest
class DemoConsentRequestTest {

    private static final String AISHA = "21908333028";
    private static final String PER = "09848104520";

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired JdbcClient jdbc;
    @Autowired DemoChildren demo;

    private long noah() {
        return jdbc.sql("select id from child where identity_number = ?")
                .param(IdentityNumber.syntheticFor(LocalDate.of(2015, 9, 1), 604).value()).query(Long.class).single();
    }

    private int requests(long child) {
        return jdbc.sql("select count(*) from consent_request where child_id = ?").param(child).query(Integer.class).single();
    }

    @Test
    void the_schools_request_waits_for_noahs_mother() throws Exception {
        long noah = noah();
        assertThat(jdbc.sql("""
                select count(*) from consent_request r join consent_request_grant g on g.request_id = r.id
                  join unit u on u.id = g.receiver_unit_id
                 where r.child_id = ? and g.category = 'RELAY_LOG' and u.name = 'Gimle skole'
                   and r.valid_to = r.valid_from + interval '6 months'""").param(noah).query(Integer.class).single())
                .isEqualTo(1);
        mvc.perform(get("/familie/barn/{id}/samtykker", noah).with(families.as(AISHA)))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Gimle skole spør om samtykke",
                        "Stafettloggen", "Les mer og svar"));
    }

    @Test
    void a_guardian_without_parental_responsibility_does_not_see_it() throws Exception {
        mvc.perform(get("/familie/barn/{id}/samtykker", noah()).with(families.as(PER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void seeding_again_adds_no_request() {
        long noah = noah();
        int before = requests(noah);
        demo.seed();
        assertThat(requests(noah)).isEqualTo(before).isPositive();
    }
}
