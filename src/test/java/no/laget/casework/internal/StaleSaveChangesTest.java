package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.casework.Cases;
import no.laget.casework.RelayCase;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.BestInterestNotesFixture.heard;
import static no.laget.support.BestInterestNotesFixture.withNote;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.ProblemJson.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * Two people saving the same thing (issue 16): the second save is refused, and the page says what the first person
 * changed, with the new values, next to the form; what the second person typed stays in the fields, and saving
 * again then goes through on purpose. The API keeps answering 409.
 */
@LagetTest
class StaleSaveChangesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Clock clock;

    SignedInUser ansatt;
    long caseId;

    @BeforeEach
    void aCase() {
        ansatt = fixtures.user("ansatt");
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today(), today().plusYears(1), "RELAY_LOG");
        caseId = cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()), "Trives", "").toCommand());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    @Test
    void the_goal_page_shows_the_other_persons_text_keeps_mine_and_saves_mine_on_purpose() throws Exception {
        long goal = cases.get(ansatt, caseId).goals().getFirst().id();
        mvc.perform(get("/cases/" + caseId + "/goals/" + goal + "/edit").with(as(accounts, "ansatt")))
                .andExpect(content().string(allOf(containsString("name=\"seen.goalText\" value=\"Trives\""),
                        not(containsString("data-stale-changes")))));
        // the first person saves while the second is typing
        relayLog.changeGoal(ansatt, caseId, goal, new CaseForms.Goal("Trives og leker med andre", "0").toCommand());

        mvc.perform(post("/cases/" + caseId + "/goals/" + goal).with(as(accounts, "ansatt")).with(csrf())
                        .param("goalText", "Trives i barnehagen").param("version", "0").param("seen.goalText", "Trives"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Noen andre har endret dette i mellomtiden",
                        "data-stale-changes", "Dette endret den andre",
                        "<dt>Mål</dt>", ">Trives og leker med andre</dd>",
                        ">Trives i barnehagen</textarea>",
                        "name=\"version\" value=\"1\"",
                        "name=\"seen.goalText\" value=\"Trives og leker med andre\""));
        assertThat(cases.get(ansatt, caseId).goals().getFirst().text()).isEqualTo("Trives og leker med andre");

        mvc.perform(post("/cases/" + caseId + "/goals/" + goal).with(as(accounts, "ansatt")).with(csrf())
                        .param("goalText", "Trives i barnehagen").param("version", "1")
                        .param("seen.goalText", "Trives og leker med andre"))
                .andExpect(redirectedUrl("/cases/" + caseId));
        assertThat(cases.get(ansatt, caseId).goals().getFirst().text()).isEqualTo("Trives i barnehagen");
    }

    @Test
    void the_measure_page_lists_only_the_fields_the_other_person_changed() throws Exception {
        String me = "employee:" + ansatt.employeeId();
        String starts = today().toString();
        String evaluate = today().plusWeeks(4).toString();
        long measure = relayLog.addMeasure(ansatt, caseId, new CaseForms.Measure("Fast voksen", me, starts, evaluate, null).toCommand());
        LocalDate moved = today().plusWeeks(6);
        relayLog.changeMeasure(ansatt, caseId, measure, new CaseForms.Measure("Fast voksen", me, starts, moved.toString(), "0").toCommand());

        mvc.perform(post("/cases/" + caseId + "/measures/" + measure).with(as(accounts, "ansatt")).with(csrf())
                        .param("what", "Fast voksen hver morgen").param("responsible", me).param("startsOn", starts)
                        .param("evaluateOn", evaluate).param("version", "0")
                        .param("seen.what", "Fast voksen").param("seen.responsible", me).param("seen.startsOn", starts)
                        .param("seen.evaluateOn", evaluate))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-stale-changes"),
                        containsString("<dt>Dato for evaluering</dt>"),
                        containsString(">" + moved.getDayOfMonth() + "." + moved.getMonthValue() + "." + moved.getYear() + "</dd>"),
                        not(containsString("<dt>Hva skal gjøres?</dt>")),
                        containsString(">Fast voksen hver morgen</textarea>"))));
    }

    @Test
    void closing_on_the_case_page_says_the_level_was_changed_and_keeps_the_note_typed() throws Exception {
        // the second person opened the close form at level 1; meanwhile the first moved the case to level 2
        cases.changeLevel(ansatt, caseId, new CaseForms.Level("2", "Trenger helsestasjonen", "0", heard()).toCommand());

        mvc.perform(withNote(post("/cases/" + caseId + "/close"), "closeInterest").with(as(accounts, "ansatt")).with(csrf())
                        .param("closeReason", "GOAL_MET").param("closeNote", "Min egen begrunnelse").param("version", "0")
                        .param("seen.level", "1").param("seen.holder", String.valueOf(ansatt.employeeId()))
                        .param("seen.coordinator", "").param("seen.closed", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Noen andre har endret dette i mellomtiden"),
                        containsString("data-stale-changes"), containsString("Dette endret den andre"),
                        containsString("<dt>Nivå</dt>"), containsString(">Nivå 2: samarbeid mellom to tjenester</dd>"),
                        containsString("name=\"seen.level\" value=\"2\""),
                        not(containsString("<dt>Stafettholder</dt>\n      <dd class=\"preserve-lines\"")),
                        containsString(">Min egen begrunnelse</textarea>"))));
        RelayCase relayCase = cases.get(ansatt, caseId);
        assertThat(relayCase.open()).isTrue();
    }

    @Test
    void a_refusal_that_is_not_stale_shows_no_changes() throws Exception {
        long goal = cases.get(ansatt, caseId).goals().getFirst().id();
        mvc.perform(post("/cases/" + caseId + "/goals/" + goal).with(as(accounts, "ansatt")).with(csrf())
                        .param("goalText", "  ").param("version", "0").param("seen.goalText", "Trives"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("data-stale-changes")),
                        containsString("name=\"version\" value=\"0\""),
                        containsString("name=\"seen.goalText\" value=\"Trives\""))));
    }

    @Test
    void the_api_still_answers_409_problem_json() throws Exception {
        cases.changeLevel(ansatt, caseId, new CaseForms.Level("2", "Opp", "0", heard()).toCommand());
        mvc.perform(post("/api/v1/cases/" + caseId + "/level").with(as(accounts, "ansatt")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toLevel\":3,\"levelReason\":\"x\",\"version\":0,\"levelInterest\":"
                                + no.laget.support.BestInterestNotesFixture.jsonText(heard()) + "}"))
                .andExpect(problemJson(status().isConflict()))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }
}
