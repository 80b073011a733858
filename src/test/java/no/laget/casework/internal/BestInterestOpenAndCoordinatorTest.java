package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.casework.Cases;
import no.laget.interest.BestInterestNotes;
import no.laget.interest.Occasion;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.BestInterestNotesFixture.heard;
import static no.laget.support.BestInterestNotesFixture.notHeard;
import static no.laget.support.BestInterestNotesFixture.withNote;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.ProblemJson.problemJson;
import static no.laget.support.Problems.assertRefused;
import static no.laget.support.Problems.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The best-interest note where issue 16 left it out: a case opened directly at level 2 or 3, and a leader appointing
 * a child coordinator. Refused without a note (page: next to the field, everything typed kept; API: problem+json),
 * accepted with one, and the note is in the relay log in time order.
 */
@LagetTest
class BestInterestOpenAndCoordinatorTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired Transitions transitions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    /** A child of ansatt's kindergarten with a RELAY_LOG consent for it and the given users' units. */
    private long child(String... consentedUsers) {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, fixtures.user("ansatt").unitId(), today(), today().plusYears(1), "RELAY_LOG");
        for (String user : consentedUsers) {
            fixtures.consent("ansatt", child, fixtures.user(user).unitId(), today(), today().plusYears(1), "RELAY_LOG");
        }
        return child;
    }

    private int casesOf(long child) {
        return jdbc.sql("select count(*) from relay_case where child_id = ?").param(child).query(Integer.class).single();
    }

    // ---------------------------------------------------------------- opening at level 2 or 3

    @Test
    void opening_at_level_2_without_a_note_is_refused_on_the_page_keeping_what_was_typed() throws Exception {
        long child = child();
        SignedInUser ansatt = fixtures.user("ansatt");
        mvc.perform(post("/children/" + child + "/cases").with(as(accounts, "ansatt")).with(csrf())
                        .param("level", "2").param("holderEmployeeId", String.valueOf(ansatt.employeeId()))
                        .param("goal", "Trygg i barnehagen").param("concernId", "")
                        .param("openInterest.weighing", "Det jeg skrev om vekt"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "id=\"openInterest.childHeard-error\">Velg om barnet er hørt</p>",
                        "id=\"openInterest.conclusion-error\">Skriv konklusjonen</p>",
                        "href=\"#openInterest.childHeard\"",
                        ">Trygg i barnehagen</textarea>",
                        ">Det jeg skrev om vekt</textarea>"));
        assertThat(casesOf(child)).isZero();
    }

    @Test
    void opening_at_level_1_needs_no_note_and_the_form_offers_it() throws Exception {
        long child = child();
        mvc.perform(get("/children/" + child + "/cases/new").with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(bodyContains("name=\"openInterest.childHeard\"",
                        "Opprettes saken på nivå 2 eller 3"));
        SignedInUser ansatt = fixtures.user("ansatt");
        mvc.perform(post("/children/" + child + "/cases").with(as(accounts, "ansatt")).with(csrf())
                        .param("level", "1").param("holderEmployeeId", String.valueOf(ansatt.employeeId()))
                        .param("goal", "").param("concernId", ""))
                .andExpect(redirectedUrlPattern("/cases/*"));
        assertThat(jdbc.sql("select count(*) from best_interest_note n join relay_case c on c.id = n.source_id "
                + "where n.source_type = 'relay_case' and c.child_id = ?").param(child).query(Integer.class).single()).isZero();
    }

    @Test
    void opening_at_level_3_without_a_note_is_refused_in_the_api_and_in_the_service() throws Exception {
        long child = child();
        SignedInUser ansatt = fixtures.user("ansatt");
        mvc.perform(post("/api/v1/children/" + child + "/cases").with(as(accounts, "ansatt")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":3,\"holderEmployeeId\":" + ansatt.employeeId() + ",\"goal\":\"\"}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("openInterest.childHeard"));
        assertRefused(() -> cases.open(ansatt, child, new CaseForms.Open("2", String.valueOf(ansatt.employeeId()),
                "", "", notHeard("")).toCommand()),
                "openInterest.notHeardReason:interest.notHeardReason.required");
        assertThat(casesOf(child)).isZero();
    }

    @Test
    void opening_at_level_2_with_a_note_keeps_it_first_in_the_relay_log() throws Exception {
        long child = child("ppt");
        SignedInUser ansatt = fixtures.user("ansatt");
        String location = mvc.perform(withNote(post("/children/" + child + "/cases"), "openInterest")
                        .with(as(accounts, "ansatt")).with(csrf())
                        .param("level", "2").param("holderEmployeeId", String.valueOf(ansatt.employeeId()))
                        .param("goal", "Trygg i barnehagen").param("concernId", ""))
                .andExpect(redirectedUrlPattern("/cases/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/cases/".length()));
        cases.changeLevel(ansatt, id, new CaseForms.Level("3", "Trenger PPT", "0",
                notHeard("Barnet var syk den uken")).toCommand());

        assertThat(cases.notes(ansatt, id)).extracting(BestInterestNotes.Written::occasion)
                .containsExactly(Occasion.LEVEL_2, Occasion.LEVEL_3);
        String page = mvc.perform(get("/cases/" + id).with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int opened = page.indexOf("data-occasion=\"LEVEL_2\"");
        assertThat(opened).isPositive();
        assertThat(page.indexOf("data-occasion=\"LEVEL_3\"")).isGreaterThan(opened);
        assertThat(page).contains(heard().childViews(), "Barnet var syk den uken");
    }

    // ---------------------------------------------------------------- appointing a child coordinator

    @Test
    void appointing_a_coordinator_without_a_note_is_refused_next_to_the_field_keeping_the_choice() throws Exception {
        long child = child("ppt");
        SignedInUser ansatt = fixtures.user("ansatt");
        long id = cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()), "Mål", "").toCommand());
        long ppt = fixtures.user("ppt").employeeId();
        mvc.perform(post("/cases/" + id + "/coordinator").with(as(accounts, "leder")).with(csrf())
                        .param("coordinatorEmployeeId", "employee:" + ppt)
                        .param("coordinatorInterest.childHeard", "YES")
                        .param("coordinatorInterest.childViews", "Barnet vil ha én å snakke med"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Feil: "),
                        containsString("id=\"coordinatorInterest.howHeard-error\">Skriv hvordan barnet ble hørt</p>"),
                        containsString("id=\"coordinatorInterest.weighing-error\">"),
                        containsString("value=\"employee:" + ppt + "\" id=\"coordinatorEmployeeId-employee-" + ppt + "\" checked"),
                        containsString(">Barnet vil ha én å snakke med</textarea>"),
                        not(containsString("id=\"coordinatorEmployeeId-error\"")))));
        assertThat(cases.get(ansatt, id).coordinatorEmployeeId()).isNull();
        assertThat(cases.notes(ansatt, id)).isEmpty();
    }

    @Test
    void appointing_a_coordinator_with_a_note_writes_it_after_the_earlier_ones() throws Exception {
        long child = child("ppt");
        SignedInUser ansatt = fixtures.user("ansatt");
        long id = cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()), "Mål", "").toCommand());
        cases.changeLevel(ansatt, id, new CaseForms.Level("2", "Opp", "0", heard()).toCommand());
        SignedInUser ppt = fixtures.user("ppt");

        mvc.perform(withNote(post("/cases/" + id + "/coordinator"), "coordinatorInterest")
                        .with(as(accounts, "leder")).with(csrf())
                        .param("coordinatorEmployeeId", "employee:" + ppt.employeeId()))
                .andExpect(redirectedUrlPattern("/cases/*"));

        assertThat(cases.get(ppt, id).coordinatorEmployeeId()).isEqualTo(ppt.employeeId());
        assertThat(cases.notes(ppt, id)).extracting(BestInterestNotes.Written::occasion)
                .containsExactly(Occasion.LEVEL_2, Occasion.COORDINATOR);
        mvc.perform(get("/cases/" + id).with(as(accounts, "ansatt")))
                .andExpect(bodyContains("data-occasion=\"COORDINATOR\"",
                        "Barnekoordinator oppnevnt"));
        assertThatThrownBy(() -> transitions.appointCoordinator(fixtures.user("leder"), id,
                new CaseForms.Coordinator(String.valueOf(ppt.employeeId()), null).toCommand()))
                .satisfies(e -> assertThat(problems(e)).contains("coordinatorInterest.childHeard:interest.childHeard.required"));
    }
}
