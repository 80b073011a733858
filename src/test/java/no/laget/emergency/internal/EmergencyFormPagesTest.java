package no.laget.emergency.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import no.laget.platform.security.SignedInUser;
import no.laget.support.UnitFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every form page of the module renders, and each refuses bad input next to the field with what was typed kept. */
@LagetTest
class EmergencyFormPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired EmergencyLedger ledger;
    @Autowired MovableClock clock;

    @Test
    void the_card_forms_render_and_refuse_bad_input() throws Exception {
        UnitFixtures units = new UnitFixtures(jdbc);
        SignedInUser childWelfare = units.employeeOfNewUnit("CHILD_WELFARE", "EMPLOYEE");
        SignedInUser nav = units.employeeOfNewUnit("NAV", "EMPLOYEE");
        mvc.perform(get("/nav/kronekort/nytt").with(user(nav))).andExpect(status().isOk())
                .andExpect(content().string(containsString(childWelfare.unitName())));
        mvc.perform(post("/nav/kronekort/nytt").with(user(nav)).with(csrf()).param("name", "Kort X")
                        .param("childWelfareUnitId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"childWelfareUnitId-error\">Velg barneverntjenesten")));
        mvc.perform(post("/nav/kronekort/nytt").with(user(nav)).with(csrf()).param("name", "Kort X")
                        .param("childWelfareUnitId", String.valueOf(childWelfare.unitId())))
                .andExpect(redirectedUrlPattern("/nav/kronekort/*"));
        long card = ledger.cards(nav).getFirst().id();
        mvc.perform(get("/nav/kronekort").with(user(nav))).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/nav/kronekort/" + card));

        mvc.perform(get("/nav/kronekort/" + card + "/innskudd").with(user(nav))).andExpect(status().isOk());
        mvc.perform(post("/nav/kronekort/" + card + "/innskudd").with(user(nav)).with(csrf())
                        .param("toppedUpOn", today().toString()).param("amount", "-100").param("note", "Påfyll"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"amount-error\">Beløpet må være større enn 0 kr")))
                .andExpect(content().string(containsString("value=\"Påfyll\"")));

        long use = recordUse(childWelfare, card, new EmergencyUseForm(today().toString(), "Sak 1", "Mat", "100",
                "K-1", ""));
        mvc.perform(get("/nav/kronekort/bruk/" + use + "/informert").with(user(childWelfare))).andExpect(status().isOk());
        mvc.perform(post("/nav/kronekort/bruk/" + use + "/informert").with(user(childWelfare)).with(csrf())
                        .param("informedOn", "31.02.2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"informedOn-error\">Skriv datoen som dd.mm.åååå")))
                .andExpect(content().string(containsString("value=\"31.02.2026\"")));
        mvc.perform(get("/nav/kronekort/bruk/" + use + "/vedtak").with(user(nav))).andExpect(status().isOk());
    }

    @Test
    void the_card_form_offers_and_accepts_child_welfare_of_nav_s_own_municipality_only() throws Exception {
        UnitFixtures units = new UnitFixtures(jdbc);
        SignedInUser childWelfare = units.employeeOfNewUnit("CHILD_WELFARE", "EMPLOYEE");
        SignedInUser nav = units.employeeOfNewUnit("NAV", "EMPLOYEE");
        String elsewhere = no.laget.support.Accounts.unique("Barnevern i nabokommunen");
        long foreign = units.unitInNeighbouringMunicipality("CHILD_WELFARE", elsewhere);
        mvc.perform(get("/nav/kronekort/nytt").with(user(nav))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(childWelfare.unitName()),
                        not(containsString(elsewhere)))));

        mvc.perform(post("/nav/kronekort/nytt").with(user(nav)).with(csrf()).param("name", "Kort over grensen")
                        .param("childWelfareUnitId", String.valueOf(foreign)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"childWelfareUnitId-error\">Velg en barneverntjeneste i din egen kommune")))
                .andExpect(content().string(containsString("value=\"Kort over grensen\"")));
        org.assertj.core.api.Assertions.assertThat(ledger.cards(nav)).as("cards of the NAV unit").isEmpty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }

    // The pages' way in: a form as typed, read into its command, then the ledger.
    private long recordUse(SignedInUser user, long card, EmergencyUseForm form) {
        return ledger.recordUse(user, card, form.toCommand(today(), ledger.limit()));
    }
}
