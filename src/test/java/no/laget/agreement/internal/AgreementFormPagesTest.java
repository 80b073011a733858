package no.laget.agreement.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import no.laget.platform.security.SignedInUser;
import no.laget.support.Accounts;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.UnitFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every form page of the module renders, and each refuses bad input next to the field with what was typed kept. */
@LagetTest
class AgreementFormPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ChildFixtures fixtures;
    @Autowired MovableClock clock;

    @Test
    void the_agreement_form_renders_and_keeps_what_was_typed() throws Exception {
        SignedInUser nav = fixtures.user("nav");
        mvc.perform(get("/nav/avtaler/ny").with(user(nav))).andExpect(status().isOk())
                .andExpect(content().string(containsString("NAV Halden-Aremark")));
        mvc.perform(post("/nav/avtaler/ny").with(user(nav)).with(csrf()).param("title", "Avtale med BUP")
                        .param("partyUnitIds", String.valueOf(nav.unitId())).param("validFrom", today().toString())
                        .param("cooperationMeetingsPerYear", "2").param("anonymousMeetingsPerYear", "0")
                        .param("routines", "Felles møte"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"partyUnitIds-error\">Velg minst to tjenester")))
                .andExpect(content().string(containsString("value=\"Avtale med BUP\"")))
                .andExpect(content().string(containsString("Felles møte</textarea>")));
    }

    @Test
    void the_agreement_form_offers_and_accepts_the_units_of_the_user_s_own_municipality_only() throws Exception {
        SignedInUser nav = fixtures.user("nav");
        String elsewhere = Accounts.unique("BUP i nabokommunen");
        long foreign = new UnitFixtures(jdbc).unitInNeighbouringMunicipality("BUP", elsewhere);
        mvc.perform(get("/nav/avtaler/ny").with(user(nav))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(nav.unitName()), not(containsString(elsewhere)))));

        mvc.perform(post("/nav/avtaler/ny").with(user(nav)).with(csrf()).param("title", "Avtale over kommunegrensen")
                        .param("partyUnitIds", String.valueOf(nav.unitId()), String.valueOf(foreign))
                        .param("validFrom", today().toString()).param("cooperationMeetingsPerYear", "2")
                        .param("anonymousMeetingsPerYear", "0").param("routines", "Felles møte"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"partyUnitIds-error\">Velg tjenester i din egen kommune")))
                .andExpect(content().string(containsString("value=\"Avtale over kommunegrensen\"")))
                .andExpect(content().string(containsString("Felles møte</textarea>")));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from nav_agreement where title = ?")
                .param("Avtale over kommunegrensen").query(Integer.class).single()).as("agreements stored").isZero();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }
}
