package no.laget.casework.internal;

import java.time.Clock;

import no.laget.casework.Cases;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.BestInterestNotesFixture;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.BestInterestNotesFixture.heard;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.ProblemJson.problemJson;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The refusals each show their own bokmål message next to the field and keep what was typed. */
@LagetTest
class CasePagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Concerns concerns;
    @Autowired Clock clock;

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private long child(String... consentedUsers) {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        for (String user : consentedUsers) {
            fixtures.consent("ansatt", child, fixtures.user(user).unitId(), today(), today().plusYears(1), "RELAY_LOG");
        }
        return child;
    }

    private long caseOf(long child) {
        SignedInUser ansatt = fixtures.user("ansatt");
        return cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()), "Mål", "").toCommand());
    }

    @Test
    void a_case_without_consent_is_refused_with_a_link_to_record_it() throws Exception {
        long child = child();
        mvc.perform(get("/children/" + child + "/cases/new").with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/children/" + child + "/consents/new")));
        mvc.perform(post("/children/" + child + "/cases").with(as(accounts, "ansatt")).with(csrf())
                        .param("level", "1").param("holderEmployeeId", String.valueOf(fixtures.user("ansatt").employeeId()))
                        .param("goal", "Bedre søvn").param("concernId", ""))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "Familien har ikke gitt et gyldig samtykke til stafettlogg for tjenesten din.",
                        "href=\"#consent\"", "Bedre søvn"));
    }

    @Test
    void a_level_jump_of_two_is_refused_next_to_the_field_keeping_the_reason() throws Exception {
        long id = caseOf(child("ansatt"));
        mvc.perform(post("/cases/" + id + "/level").with(as(accounts, "ansatt")).with(csrf())
                        .param("toLevel", "3").param("levelReason", "Trenger BUP straks").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"toLevel-error\">Saken kan bare flyttes ett nivå om gangen.",
                        ">Trenger BUP straks</textarea>"));
    }

    @Test
    void an_evaluation_without_the_childs_voice_is_refused_keeping_the_text() throws Exception {
        long id = caseOf(child("ansatt"));
        long measure = relayLog.addMeasure(fixtures.user("ansatt"), id, new CaseForms.Measure("Lesestund",
                "unit:" + fixtures.user("ansatt").unitId(), today().toString(), today().plusWeeks(4).toString(), null).toCommand());
        mvc.perform(post("/cases/" + id + "/evaluations").with(as(accounts, "ansatt")).with(csrf())
                        .param("measureId", String.valueOf(measure)).param("outcome", "BETTER")
                        .param("evaluationText", "Leser mer selv").param("childVoice", "")
                        .param("evaluatedOn", today().toString()).param("nextEvaluateOn", ""))
                .andExpect(status().isOk())
                .andExpect(bodyContains("id=\"childVoice-error\">Skriv hva barnet sier</p>",
                        ">Leser mer selv</textarea>"));
    }

    @Test
    void a_measure_without_a_responsible_is_refused_keeping_what_was_typed() throws Exception {
        long id = caseOf(child("ansatt"));
        mvc.perform(post("/cases/" + id + "/measures").with(as(accounts, "ansatt")).with(csrf())
                        .param("what", "Fast voksen ved levering").param("startsOn", today().toString())
                        .param("evaluateOn", today().plusWeeks(6).toString()))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"responsible-error\">Velg hvem som har ansvaret for tiltaket</p>",
                        ">Fast voksen ved levering</textarea>"));
    }

    @Test
    void a_participant_outside_every_consent_is_refused_with_a_link_to_record_it() throws Exception {
        long child = child("ansatt");
        long id = caseOf(child);
        mvc.perform(post("/cases/" + id + "/participants").with(as(accounts, "ansatt")).with(csrf())
                        .param("unitId", String.valueOf(fixtures.user("ppt").unitId())).param("participantEmployeeId", "")
                        .param("task", "Utredning av språk"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"unitId-error\">Familien har ikke samtykket til at denne tjenesten får stafettloggen.",
                        "value=\"Utredning av språk\"",
                        "/children/" + child + "/consents/new"));
    }

    @Test
    void a_hand_over_to_a_unit_no_consent_names_is_refused() throws Exception {
        long id = caseOf(child("ansatt"));
        mvc.perform(post("/cases/" + id + "/handover").with(as(accounts, "ansatt")).with(csrf())
                        .param("employeeId", String.valueOf(fixtures.user("laerer").employeeId()))
                        .param("handoverReason", "Skolestart til høsten"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"employeeId-error\">Familien har ikke samtykket til at tjenesten til denne kollegaen",
                        ">Skolestart til høsten</textarea>"));
    }

    @Test
    void a_stale_edit_is_refused_and_the_typed_text_kept() throws Exception {
        long id = caseOf(child("ansatt"));
        long goal = cases.get(fixtures.user("ansatt"), id).goals().getFirst().id();
        relayLog.changeGoal(fixtures.user("leder"), id, goal, new CaseForms.Goal("Lederens mål", "0").toCommand());

        mvc.perform(post("/cases/" + id + "/goals/" + goal).with(as(accounts, "ansatt")).with(csrf())
                        .param("goalText", "Mitt nye mål").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Noen andre har endret dette i mellomtiden",
                        ">Mitt nye mål</textarea>", "href=\"#version\""));
    }

    @Test
    void a_stale_edit_of_a_concern_keeps_the_typed_text() throws Exception {
        long child = child();
        long concern = concerns.write(fixtures.user("ansatt"), child, new ConcernForm(today().toString(), "Først", null, null).toCommand());
        concerns.change(fixtures.user("leder"), concern, new ConcernForm(today().toString(), "Lederens", null, "0").toCommand());

        mvc.perform(post("/concerns/" + concern).with(as(accounts, "ansatt")).with(csrf())
                        .param("observedOn", today().toString()).param("whatSeen", "Min versjon").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Noen andre har endret dette i mellomtiden",
                        ">Min versjon</textarea>"));
    }

    @Test
    void the_concern_page_with_suspicion_links_to_a_report_and_offers_no_talk_with_the_parents() throws Exception {
        long child = child();
        long concern = concerns.write(fixtures.user("ansatt"), child, new ConcernForm(today().toString(),
                "Forteller om slag hjemme", "true", null).toCommand());
        mvc.perform(get("/concerns/" + concern).with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/reports/new?childId=" + child),
                        not(containsString("value=\"TALKED_WITH_PARENTS\"")), not(containsString("value=\"LEVEL_1\"")))));
        mvc.perform(post("/concerns/" + concern + "/steps").with(as(accounts, "ansatt")).with(csrf())
                        .param("step", "TALKED_WITH_PARENTS").param("doneOn", today().toString()).param("note", "Ringte mor"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"step-error\">Ved mistanke om vold, overgrep eller alvorlig omsorgssvikt skal du ikke snakke med foreldrene først.",
                        ">Ringte mor</textarea>"));
    }

    @Test
    void a_level_decision_leads_to_opening_the_case() throws Exception {
        long child = child("ansatt");
        long concern = concerns.write(fixtures.user("ansatt"), child, new ConcernForm(today().toString(), "Lite språk", null, null).toCommand());
        mvc.perform(post("/concerns/" + concern + "/decision").with(as(accounts, "ansatt")).with(csrf())
                        .param("decision", "LEVEL_1").param("decisionNote", "").param("version", "0"))
                .andExpect(redirectedUrl("/children/" + child + "/cases/new?concernId=" + concern + "&level=1"));
    }

    @Test
    void an_anonymous_discussion_with_an_address_is_refused_next_to_the_field() throws Exception {
        mvc.perform(post("/anonymous-discussions").with(as(accounts, "laerer")).with(csrf())
                        .param("heldOn", today().toString()).param("participants", "Kontaktlærer; barnevern")
                        .param("question", "Eleven bor i Storgata 12 og har mye fravær").param("advice", "Ring"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"question-error\">Hva som ble drøftet ser ut til å inneholde en adresse.",
                        "value=\"Kontaktlærer; barnevern\""));
    }

    @Test
    void the_api_answers_problem_json_for_refusals_and_bad_input() throws Exception {
        long child = child("ansatt");
        long id = caseOf(child);
        mvc.perform(get("/api/v1/cases/" + id).with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.level").value(1));
        mvc.perform(get("/api/v1/cases/" + id).with(as(accounts, "nav")))
                .andExpect(problemJson(status().isForbidden()))
                .andExpect(jsonPath("$.reason").value("NO_CONSENT"));
        mvc.perform(post("/api/v1/cases/" + id + "/level").with(as(accounts, "ansatt")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toLevel\":3,\"levelReason\":\"x\",\"version\":0}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("toLevel"));
        // a case that does not exist answers like one the unit has no part in (ExistenceOracleTest)
        mvc.perform(get("/api/v1/cases/999999999").with(as(accounts, "ansatt"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("NO_CONSENT"));
    }

    @Test
    void a_stale_save_in_the_api_answers_409_not_400() throws Exception {
        long id = caseOf(child("ansatt"));
        cases.changeLevel(fixtures.user("leder"), id, new CaseForms.Level("2", "Trenger mer", "0", heard()).toCommand());
        mvc.perform(post("/api/v1/cases/" + id + "/level").with(as(accounts, "ansatt")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toLevel\":3,\"levelReason\":\"x\",\"version\":0,"
                                + "\"levelInterest\":" + BestInterestNotesFixture.jsonText(heard()) + "}"))
                .andExpect(problemJson(status().isConflict()))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void the_childs_page_links_to_casework() throws Exception {
        long child = child();
        mvc.perform(get("/children/" + child).with(as(accounts, "ansatt")))
                .andExpect(content().string(containsString("/children/" + child + "/casework")));
        mvc.perform(get("/children/" + child + "/casework").with(as(accounts, "ansatt")))
                .andExpect(status().isOk());
    }

    @Test
    void every_case_page_renders_for_a_participant() throws Exception {
        long id = caseOf(child("ansatt"));
        SignedInUser ansatt = fixtures.user("ansatt");
        long goal = cases.get(ansatt, id).goals().getFirst().id();
        long measure = relayLog.addMeasure(ansatt, id, new CaseForms.Measure("Lesestund", "unit:" + ansatt.unitId(),
                today().toString(), today().plusWeeks(4).toString(), null).toCommand());
        mvc.perform(post("/cases/" + id + "/meetings").with(as(accounts, "ansatt")).with(csrf())
                        .param("meetingDate", today().plusDays(3).toString()).param("startTime", "09:00")
                        .param("endTime", "10:00").param("place", "Møterommet").param("videoLink", "")
                        .param("agenda", "Oppstart").param("unitIds", String.valueOf(ansatt.unitId())))
                .andExpect(redirectedUrl("/cases/" + id));
        long meeting = cases.get(ansatt, id).meetings().getFirst().id();
        for (String path : java.util.List.of("/cases/" + id, "/cases/" + id + "/goals/" + goal + "/edit",
                "/cases/" + id + "/measures/" + measure + "/edit", "/cases/" + id + "/meetings/" + meeting + "/minutes",
                "/cases/" + id + "/plan", "/cases", "/concerns", "/anonymous-discussions", "/anonymous-discussions/new")) {
            mvc.perform(get(path).with(as(accounts, "leder"))).andExpect(status().isOk());
        }
        mvc.perform(post("/cases/" + id + "/meetings/" + meeting + "/minutes").with(as(accounts, "ansatt")).with(csrf())
                        .param("minutes", "Vi ble enige").param("childVoice", "").param("decisionWhat0", "Lesestund")
                        .param("decisionResponsible0", "unit:" + ansatt.unitId()).param("decisionBy0", "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("id=\"childVoice-error\">Skriv hva barnet sier</p>",
                        "id=\"decisionBy0-error\">Skriv inn datoen det skal være gjort innen</p>",
                        ">Vi ble enige</textarea>"));
    }
}
