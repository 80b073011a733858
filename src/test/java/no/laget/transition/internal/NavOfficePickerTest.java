package no.laget.transition.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.platform.security.SignedInUser;
import no.laget.support.UnitFixtures;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.PageContent.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Starting the transition at 18 with a NAV office found by search (issue 16, "People, not lists"): only the offices
 * the young person's live written consent covers come up, with and without JavaScript; a crafted choice of another
 * office is refused next to the picker with the choice kept.
 */
@LagetTest
class NavOfficePickerTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TransitionsToAdulthood transitions;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired ChildFixtures fixtures;
    @Autowired MovableClock clock;

    SignedInUser childWelfare;
    SignedInUser nav;
    SignedInUser otherNav;
    long child;

    @BeforeEach
    void aYoungPersonWhoConsentedToOneOffice() {
        childWelfare = fixtures.user("barnevern");
        nav = fixtures.user("nav");
        otherNav = new UnitFixtures(jdbc).employeeOfNewUnit("NAV", "EMPLOYEE");
        child = children.register(childWelfare, ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", "Kim",
                TestChildren.familyName(), today().minusYears(17).toString(), "", "2020-01-01", "Går hos oss")).servedChild();
        recordMeasure(childWelfare, child, new ChildWelfareMeasureForm("Fosterhjem", "2020-01-01", ""));
        consents.record(childWelfare, child, new ConsentForm("YOUNG_PERSON", List.of(), "WRITTEN", "",
                "Overgang til NAV", List.of("CHILD_WELFARE"), List.of(String.valueOf(nav.unitId())), List.of(),
                today().toString(), today().plusYears(1).toString(), null).toCommand());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }

    @Test
    void the_search_finds_only_the_offices_the_young_person_consented_to() {
        assertThat(transitions.navCandidates(childWelfare, child, "NAV")).extracting(m -> m.value())
                .contains("unit:" + nav.unitId()).doesNotContain("unit:" + otherNav.unitId());
        assertThat(transitions.navCandidates(childWelfare, child, "Testenhet")).isEmpty();
        assertThat(transitions.navCandidates(childWelfare, child, "N")).as("one letter finds nothing").isEmpty();
    }

    @Test
    void without_javascript_search_shows_the_matches_and_with_htmx_only_the_results() throws Exception {
        mvc.perform(post("/nav/overgang/barn/" + child + "/start").with(user(childWelfare)).with(csrf())
                        .param("q", "nav").param("search", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("type=\"radio\" name=\"navUnitId\" value=\"unit:" + nav.unitId() + "\""),
                        not(containsString("unit:" + otherNav.unitId())), not(containsString(otherNav.unitName())),
                        containsString("id=\"navUnitId\" value=\"nav\""), not(containsString("<title>Feil")))));
        assertThat(transitions.transitionOf(childWelfare, child)).as("a search starts nothing").isEmpty();

        String html = mvc.perform(get("/nav/overgang/barn/" + child + "/start").header("HX-Request", "true")
                        .param("q", "nav").with(user(childWelfare)))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html").doesNotContain(otherNav.unitName())
                .contains("id=\"navUnitId-results\"", "value=\"unit:" + nav.unitId() + "\"", "hx-swap-oob=\"true\"");
        mvc.perform(get("/nav/overgang/barn/" + child + "/start").with(user(childWelfare)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(nav.unitName())), containsString("id=\"navUnitId\""))));
    }

    @Test
    void another_office_is_refused_next_to_the_picker_and_the_consented_one_starts_the_transition() throws Exception {
        mvc.perform(post("/nav/overgang/barn/" + child + "/start").with(user(childWelfare)).with(csrf())
                        .param("navUnitId", "unit:" + otherNav.unitId()))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "id=\"navUnitId-error\">Ungdommen har ikke gitt et gyldig skriftlig samtykke",
                        "value=\"unit:" + otherNav.unitId() + "\" id=\"navUnitId-unit-" + otherNav.unitId() + "\" checked"));
        assertThat(transitions.transitionOf(childWelfare, child)).isEmpty();

        mvc.perform(post("/nav/overgang/barn/" + child + "/start").with(user(childWelfare)).with(csrf())
                        .param("navUnitId", "unit:" + nav.unitId()))
                .andExpect(redirectedUrlPattern("/nav/overgang/*"));
        assertThat(transitions.transitionOf(childWelfare, child)).isPresent();
    }

    // The pages' way in: a form as typed, read into its command, then the service.
    private long recordMeasure(SignedInUser user, long child, ChildWelfareMeasureForm form) {
        return transitions.recordMeasure(user, child, form.toCommand());
    }
}
