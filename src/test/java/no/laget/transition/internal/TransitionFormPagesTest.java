package no.laget.transition.internal;

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
class TransitionFormPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TransitionsToAdulthood transitions;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired ChildFixtures fixtures;
    @Autowired MovableClock clock;

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
        recordMeasure(childWelfare, child, new ChildWelfareMeasureForm("Fosterhjem", "2020-01-01", ""));
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }

    // The pages' way in: a form as typed, read into its command, then the service.
    private long recordMeasure(SignedInUser user, long child, ChildWelfareMeasureForm form) {
        return transitions.recordMeasure(user, child, form.toCommand());
    }
}
