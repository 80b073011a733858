package no.laget.agreement.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import no.laget.platform.security.SignedInUser;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }
}
