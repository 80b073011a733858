package no.laget.nav;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.platform.security.SignedInUser;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every form page of the module renders, and each refuses bad input next to the field with what was typed kept. */
@LagetTest
class NavFormPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired EmergencyLedger ledger;
    @Autowired TransitionsToAdulthood transitions;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired ChildFixtures fixtures;
    @Autowired MovableClock clock;

    @Test
    void the_card_forms_render_and_refuse_bad_input() throws Exception {
        NavFixtures units = new NavFixtures(jdbc);
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

        long use = ledger.recordUse(childWelfare, card, new EmergencyUseForm(today().toString(), "Sak 1", "Mat", "100",
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
    void the_transition_forms_render_and_refuse_bad_input() throws Exception {
        SignedInUser childWelfare = fixtures.user("barnevern");
        SignedInUser nav = fixtures.user("nav");
        LocalDate born = today().minusYears(17);
        long child = children.register(childWelfare, ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", "Kim", TestChildren.familyName(), born.toString(), "", "2020-01-01", "Går hos oss")).servedChild();
        mvc.perform(get("/nav/overgang/barn/" + child + "/tiltak").with(user(childWelfare))).andExpect(status().isOk());
        mvc.perform(post("/nav/overgang/barn/" + child + "/tiltak").with(user(childWelfare)).with(csrf())
                        .param("description", "Fosterhjem").param("startsOn", "2020-01-01")
                        .param("endsOn", TransitionDates.aftercareLimit(born).plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"endsOn-error\">Tiltak kan ikke vare lenger enn til")))
                .andExpect(content().string(containsString("value=\"Fosterhjem\"")));
        transitions.recordMeasure(childWelfare, child, new ChildWelfareMeasureForm("Fosterhjem", "2020-01-01", ""));
        mvc.perform(get("/nav/overgang/barn/" + child).with(user(childWelfare))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Start overgangen")));
        mvc.perform(get("/nav/overgang/barn/" + child + "/start").with(user(childWelfare))).andExpect(status().isOk());
        mvc.perform(post("/nav/overgang/barn/" + child + "/start").with(user(childWelfare)).with(csrf())
                        .param("navUnitId", String.valueOf(nav.unitId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"navUnitId-error\">Ungdommen har ikke gitt et gyldig skriftlig samtykke")));
        consents.record(childWelfare, child, new ConsentForm("YOUNG_PERSON", List.of(), "WRITTEN", "",
                "Overgang til NAV", List.of("CHILD_WELFARE"), List.of(String.valueOf(nav.unitId())), List.of(),
                today().toString(), today().plusYears(1).toString(), null).toCommand());
        mvc.perform(post("/nav/overgang/barn/" + child + "/start").with(user(childWelfare)).with(csrf())
                        .param("navUnitId", String.valueOf(nav.unitId())))
                .andExpect(redirectedUrlPattern("/nav/overgang/*"));
        long id = transitions.transitionOf(childWelfare, child).orElseThrow();
        mvc.perform(get("/nav/overgang/" + id + "/plan").with(user(childWelfare))).andExpect(status().isOk());
        mvc.perform(post("/nav/overgang/" + id + "/plan").with(user(childWelfare)).with(csrf())
                        .param("meetingOn", today().toString()).param("participants", "Ungdommen, veileder i NAV")
                        .param("goals", "Egen bolig").param("individualPlanDue", "false")
                        .param("individualPlanReason", "Ikke behov")
                        .param("followUpUntil", TransitionDates.aftercareLimit(born).plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"followUpUntil-error\">Oppfølgingen kan ikke vare lenger enn til ungdommen fyller 25 år")))
                .andExpect(content().string(containsString("Egen bolig</textarea>")));
        mvc.perform(get("/nav/overgang/" + id + "/tiltak").with(user(childWelfare))).andExpect(status().isOk());
        // NAV reads the plan but gets no forms.
        mvc.perform(get("/nav/overgang/" + id + "/plan").with(user(nav))).andExpect(status().isForbidden());
    }

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
