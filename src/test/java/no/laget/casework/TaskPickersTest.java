package no.laget.casework;

import no.laget.casework.internal.Transitions;

import java.time.OffsetDateTime;

import no.laget.casework.internal.Participants;
import no.laget.platform.security.SignedInUser;
import no.laget.support.BestInterestNotesFixture;
import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;
import no.laget.support.CaseworkFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case page's other pickers (issue 16, "People, not lists"): the transition's receiving person, the child
 * coordinator and a new participant are searched among the people and units the child's consent involves only, with
 * and without JavaScript; a crafted choice outside that is refused next to the picker; the search costs the same
 * number of statements however many people match.
 */
@LagetTest
class TaskPickersTest {

    @Autowired Cases cases;

    @Autowired Participants participants;
    @Autowired Transitions transitions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired SqlStatementCounter sql;

    @Autowired CaseworkFixtures fixtures;
    String token;
    long caseId;
    SignedInUser ansatt;
    long colleague;
    long nurse;
    long outside;

    @BeforeEach
    void setUp() {
        token = MeetingPeopleTest.token();
        // the consent names the kindergarten (ansatt, the holder's unit) and the health station, not NAV
        long child = fixtures.childWithRelayConsent("ansatt", "helsesykepleier");
        caseId = fixtures.caseFor(child);
        ansatt = fixtures.user("ansatt");
        colleague = employee(ansatt.unitId(), "Sølvi " + token + "sen");
        nurse = employee(fixtures.user("helsesykepleier").unitId(), "Stian " + token + "vik");
        outside = employee(fixtures.user("nav").unitId(), "Sigurd " + token + "rud");
    }

    private long employee(long unitId, String name) {
        String username = "p" + MeetingPeopleTest.token().toLowerCase();
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(username, name, username + "@demo.laget.no", unitId, OffsetDateTime.now(), OffsetDateTime.now())
                .query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')").param(id).update();
        return id;
    }

    // ---------------------------------------------------------------- the services

    @Test
    void the_transition_finds_people_of_units_the_consent_names_other_than_the_holders_own() {
        assertThat(transitions.transitionCandidates(ansatt, caseId, token)).extracting(m -> m.value())
                .containsExactly("employee:" + nurse);
        assertThat(transitions.transitionCandidates(ansatt, caseId, "a")).as("one letter finds nothing").isEmpty();
    }

    @Test
    void the_coordinator_and_participant_searches_find_what_the_consent_covers_only() {
        SignedInUser leader = fixtures.user("leder");
        assertThat(transitions.coordinatorCandidates(leader, caseId, token)).extracting(m -> m.value())
                .containsExactlyInAnyOrder("employee:" + colleague, "employee:" + nurse);
        assertRefused(() -> transitions.coordinatorCandidates(ansatt, caseId, token),
                "coordinatorEmployeeId:coordinator.leader-only");
        assertThat(participants.candidates(ansatt, caseId, token)).extracting(m -> m.value())
                .containsExactlyInAnyOrder("employee:" + colleague, "employee:" + nurse);
        assertThat(participants.candidates(ansatt, caseId, "helsestasjonen")).extracting(m -> m.value())
                .containsExactly("unit:" + fixtures.user("helsesykepleier").unitId());
        assertThat(participants.candidates(ansatt, caseId, "NAV")).isEmpty();
    }

    @Test
    void a_search_costs_the_same_statements_for_one_match_and_for_a_page_of_them() throws Exception {
        int one = statements("/cases/" + caseId + "/transition/people", "ansatt");
        int coordinatorOne = statements("/cases/" + caseId + "/coordinator/people", "leder");
        int participantOne = statements("/cases/" + caseId + "/participants/people", "ansatt");
        for (int i = 0; i < 25; i++) {
            employee(fixtures.user("helsesykepleier").unitId(), "Stian " + token + "vik" + i);
        }
        assertThat(statements("/cases/" + caseId + "/transition/people", "ansatt")).isEqualTo(one);
        assertThat(statements("/cases/" + caseId + "/coordinator/people", "leder")).isEqualTo(coordinatorOne);
        // a page filled with people leaves the units' query out: never more
        assertThat(statements("/cases/" + caseId + "/participants/people", "ansatt")).isBetween(participantOne - 1,
                participantOne);
    }

    private int statements(String path, String username) throws Exception {
        var user = as(accounts, username);
        mvc.perform(get(path).header("HX-Request", "true").param("q", token).with(user)); // warm: the first may load more
        sql.reset();
        mvc.perform(get(path).header("HX-Request", "true").param("q", token).with(user))
                .andExpect(status().isOk()).andExpect(content().string(containsString("treff")));
        return sql.count();
    }

    // ---------------------------------------------------------------- the transition form

    @Test
    void without_javascript_the_transition_search_shows_the_matches_and_keeps_what_was_typed() throws Exception {
        mvc.perform(BestInterestNotesFixture.withNote(post("/cases/" + caseId + "/transition"), "transitionInterest")
                        .with(as(accounts, "ansatt")).with(csrf())
                        .param("q", token).param("search", "1").param("transitionReason", "Begynner på skolen"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("type=\"radio\" name=\"transitionEmployeeId\" value=\"employee:" + nurse + "\""),
                        not(containsString("employee:" + outside)),
                        not(containsString("transitionEmployeeId-employee-" + colleague)),
                        containsString(">Begynner på skolen</textarea>"),
                        containsString(">" + BestInterestNotesFixture.heard().conclusion() + "</textarea>"),
                        containsString("id=\"transitionEmployeeId\" value=\"" + token + "\""),
                        containsString("1 treff"), not(containsString("<title>Feil")))));
        assertThat(cases.get(ansatt, caseId).pendingHandover()).as("a search offers nothing").isEmpty();
    }

    @Test
    void with_htmx_the_transition_search_answers_only_the_results() throws Exception {
        String html = mvc.perform(get("/cases/" + caseId + "/transition/people").header("HX-Request", "true")
                        .param("q", token).with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html").doesNotContain(token + "rud").doesNotContain(token + "sen")
                .contains("id=\"transitionEmployeeId-results\"", "value=\"employee:" + nurse + "\"", "hx-swap-oob=\"true\"",
                        "1 treff");
        mvc.perform(get("/cases/" + caseId + "/transition/people").param("q", token).with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>", "value=\"employee:" + nurse + "\""));
    }

    @Test
    void a_transition_to_someone_outside_the_consent_is_refused_next_to_the_picker_and_inside_it_is_offered() throws Exception {
        mvc.perform(BestInterestNotesFixture.withNote(post("/cases/" + caseId + "/transition"), "transitionInterest")
                        .with(as(accounts, "ansatt")).with(csrf())
                        .param("transitionEmployeeId", "employee:" + outside).param("transitionReason", "Til NAV"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "id=\"transitionEmployeeId-error\">Ingen gyldig samtykke nevner denne tjenesten",
                        "href=\"#transitionEmployeeId\"",
                        "value=\"employee:" + outside + "\" id=\"transitionEmployeeId-employee-" + outside + "\" checked",
                        ">Til NAV</textarea>"));
        mvc.perform(BestInterestNotesFixture.withNote(post("/cases/" + caseId + "/transition"), "transitionInterest")
                        .with(as(accounts, "ansatt")).with(csrf())
                        .param("transitionEmployeeId", "employee:" + colleague).param("transitionReason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"transitionEmployeeId-error\">Velg en annen tjeneste enn den som har stafetten nå")));
        assertThat(cases.get(ansatt, caseId).pendingHandover()).isEmpty();

        mvc.perform(BestInterestNotesFixture.withNote(post("/cases/" + caseId + "/transition"), "transitionInterest")
                        .with(as(accounts, "ansatt")).with(csrf())
                        .param("transitionEmployeeId", "employee:" + nurse).param("transitionReason", ""))
                .andExpect(redirectedUrl("/cases/" + caseId));
        var offer = cases.get(ansatt, caseId).pendingHandover().orElseThrow();
        assertThat(offer.toEmployeeId()).isEqualTo(nurse);
        assertThat(offer.toUnitId()).isEqualTo(fixtures.user("helsesykepleier").unitId());
    }

    // ---------------------------------------------------------------- the coordinator form

    @Test
    void the_coordinator_picker_searches_without_and_with_javascript_and_keeps_the_note() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/coordinator").with(as(accounts, "leder")).with(csrf())
                        .param("q", token).param("search", "1")
                        .param("coordinatorInterest.weighing", "Det jeg skrev om vekt"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("type=\"radio\" name=\"coordinatorEmployeeId\" value=\"employee:" + nurse + "\""),
                        containsString("value=\"employee:" + colleague + "\""), not(containsString("employee:" + outside)),
                        containsString(">Det jeg skrev om vekt</textarea>"), containsString("2 treff"))));
        String html = mvc.perform(get("/cases/" + caseId + "/coordinator/people").header("HX-Request", "true")
                        .param("q", token).param("coordinatorEmployeeId", "employee:" + nurse).with(as(accounts, "leder")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html").doesNotContain(token + "rud")
                .contains("value=\"employee:" + nurse + "\" id=\"coordinatorEmployeeId-employee-" + nurse + "\" checked",
                        "value=\"employee:" + colleague + "\"", "1 treff");
    }

    @Test
    void a_coordinator_outside_the_consent_is_refused_next_to_the_picker() throws Exception {
        mvc.perform(BestInterestNotesFixture.withNote(post("/cases/" + caseId + "/coordinator"), "coordinatorInterest")
                        .with(as(accounts, "leder")).with(csrf())
                        .param("coordinatorEmployeeId", "employee:" + outside))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "id=\"coordinatorEmployeeId-error\">Familien har ikke samtykket",
                        "value=\"employee:" + outside + "\" id=\"coordinatorEmployeeId-employee-" + outside + "\" checked",
                        ">" + BestInterestNotesFixture.heard().weighing() + "</textarea>"));
        assertThat(cases.get(ansatt, caseId).coordinatorEmployeeId()).isNull();
    }

    // ---------------------------------------------------------------- the participant form

    @Test
    void the_participant_picker_adds_a_person_with_their_unit_and_refuses_one_outside_the_consent() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/participants").with(as(accounts, "ansatt")).with(csrf())
                        .param("q", token).param("search", "1").param("task", "Samtaler"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("type=\"radio\" name=\"unitId\" value=\"employee:" + nurse + "\""),
                        not(containsString("employee:" + outside)), containsString("value=\"Samtaler\""))));
        mvc.perform(post("/cases/" + caseId + "/participants").with(as(accounts, "ansatt")).with(csrf())
                        .param("unitId", "employee:" + outside).param("task", "Samtaler"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "id=\"unitId-error\">Familien har ikke samtykket til at denne tjenesten",
                        "value=\"employee:" + outside + "\" id=\"unitId-employee-" + outside + "\" checked",
                        "value=\"Samtaler\""));
        assertThat(cases.get(ansatt, caseId).participates(fixtures.user("nav").unitId())).isFalse();

        mvc.perform(post("/cases/" + caseId + "/participants").with(as(accounts, "ansatt")).with(csrf())
                        .param("unitId", "employee:" + nurse).param("task", "Samtaler"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        RelayCase relayCase = cases.get(ansatt, caseId);
        assertThat(relayCase.participants()).anyMatch(p -> p.unitId() == fixtures.user("helsesykepleier").unitId()
                && nurse == (p.employeeId() == null ? -1 : p.employeeId()));
    }

    @Test
    void the_case_page_lists_no_one_before_a_search() throws Exception {
        mvc.perform(get("/cases/" + caseId).with(as(accounts, "leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(token + "vik")), not(containsString(token + "rud")),
                        containsString("id=\"coordinatorEmployeeId\""), containsString("id=\"unitId\""))));
    }
}
