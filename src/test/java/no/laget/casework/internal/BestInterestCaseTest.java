package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.access.AccessRefusedException;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.casework.Cases;
import no.laget.interest.BestInterestNotes;
import no.laget.interest.Occasion;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.BestInterestNotesFixture;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The child's best interest in casework: moving to level 2 or 3, handing the relay on and closing are refused without
 * a note (page: next to the field, keeping what was typed; API: problem+json), accepted with one, and the notes show
 * in the relay log in time order, read only by those who may read the case.
 */
@LagetTest
class BestInterestCaseTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired Handovers handovers;
    @Autowired BestInterestNotes notes;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    /** A level-1 case of ansatt's unit; the given users' units are covered by a RELAY_LOG consent too. */
    private long caseWith(String... consentedUsers) {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, fixtures.user("ansatt").unitId(), today(), today().plusYears(1), "RELAY_LOG");
        for (String user : consentedUsers) {
            fixtures.consent("ansatt", child, fixtures.user(user).unitId(), today(), today().plusYears(1), "RELAY_LOG");
        }
        SignedInUser ansatt = fixtures.user("ansatt");
        return cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()), "Mål", "").toCommand());
    }

    private int notesOf(long caseId) {
        return jdbc.sql("select count(*) from best_interest_note where source_type = 'relay_case' and source_id = ?")
                .param(caseId).query(Integer.class).single();
    }

    @Test
    void a_move_to_level_2_without_a_note_is_refused_on_the_page_keeping_the_reason() throws Exception {
        long id = caseWith();
        mvc.perform(post("/cases/" + id + "/level").with(as(accounts, "ansatt")).with(csrf())
                        .param("toLevel", "2").param("levelReason", "Trenger helsesykepleier").param("version", "0")
                        .param("levelInterest.weighing", "Det jeg skrev om vekt"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "id=\"levelInterest.childHeard-error\">Velg om barnet er hørt</p>",
                        "id=\"levelInterest.conclusion-error\">Skriv konklusjonen</p>",
                        "href=\"#levelInterest.childHeard\"",
                        ">Trenger helsesykepleier</textarea>",
                        ">Det jeg skrev om vekt</textarea>"));
        assertThat(cases.get(fixtures.user("ansatt"), id).level()).isEqualTo(1);
        assertThat(notesOf(id)).isZero();
    }

    @Test
    void a_move_to_level_2_without_a_note_is_refused_in_the_api_and_accepted_with_one() throws Exception {
        long id = caseWith();
        mvc.perform(post("/api/v1/cases/" + id + "/level").with(as(accounts, "ansatt")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toLevel\":2,\"levelReason\":\"x\",\"version\":0}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("levelInterest.childHeard"))
                .andExpect(jsonPath("$.errors[0].message").value("Velg om barnet er hørt"));
        mvc.perform(post("/api/v1/cases/" + id + "/level").with(as(accounts, "ansatt")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toLevel\":2,\"levelReason\":\"x\",\"version\":0,"
                                + "\"levelInterest\":" + BestInterestNotesFixture.jsonText(heard()) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value(2));
        mvc.perform(get("/api/v1/cases/" + id + "/best-interest-notes").with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].occasion").value("LEVEL_2"))
                .andExpect(jsonPath("$[0].note.childViews").value(heard().childViews()));
    }

    @Test
    void a_move_back_to_level_1_needs_no_note() {
        long id = caseWith();
        SignedInUser ansatt = fixtures.user("ansatt");
        cases.changeLevel(ansatt, id, new CaseForms.Level("2", "Opp", "0", heard()).toCommand());
        cases.changeLevel(ansatt, id, new CaseForms.Level("1", "Ned igjen", "1", null).toCommand());
        assertThat(cases.get(ansatt, id).level()).isEqualTo(1);
        assertThat(notesOf(id)).isEqualTo(1);
    }

    @Test
    void a_hand_over_without_a_note_is_refused_on_the_page_and_in_the_api() throws Exception {
        long id = caseWith("ppt");
        String ppt = String.valueOf(fixtures.user("ppt").employeeId());
        mvc.perform(post("/cases/" + id + "/handover").with(as(accounts, "ansatt")).with(csrf())
                        .param("employeeId", ppt).param("handoverReason", "PPT leder videre"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"handoverInterest.childHeard-error\">Velg om barnet er hørt</p>",
                        ">PPT leder videre</textarea>"));
        mvc.perform(post("/api/v1/cases/" + id + "/handover").with(as(accounts, "ansatt")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"employeeId\":" + ppt + "}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("handoverInterest.childHeard"));
        assertThat(cases.get(fixtures.user("ansatt"), id).pendingHandover()).isEmpty();

        mvc.perform(withNote(post("/cases/" + id + "/handover"), "handoverInterest").with(as(accounts, "ansatt")).with(csrf())
                        .param("employeeId", ppt).param("handoverReason", "PPT leder videre"))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.get(fixtures.user("ansatt"), id).pendingHandover()).isPresent();
    }

    @Test
    void closing_without_a_note_is_refused_on_the_page_and_in_the_api() throws Exception {
        long id = caseWith();
        mvc.perform(post("/cases/" + id + "/close").with(as(accounts, "ansatt")).with(csrf())
                        .param("closeReason", "GOAL_MET").param("closeNote", "Målet er nådd").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"closeInterest.childHeard-error\">Velg om barnet er hørt</p>",
                        ">Målet er nådd</textarea>"));
        mvc.perform(post("/api/v1/cases/" + id + "/close").with(as(accounts, "ansatt")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"closeReason\":\"GOAL_MET\",\"closeNote\":\"x\",\"version\":0}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("closeInterest.childHeard"));
        assertThat(cases.get(fixtures.user("ansatt"), id).open()).isTrue();
    }

    @Test
    void not_heard_without_a_reason_is_refused_and_with_a_reason_closes_and_shows_the_age() throws Exception {
        long id = caseWith();
        mvc.perform(post("/cases/" + id + "/close").with(as(accounts, "ansatt")).with(csrf())
                        .param("closeReason", "GOAL_MET").param("closeNote", "Målet er nådd").param("version", "0")
                        .params(BestInterestNotesFixture.params("closeInterest", notHeard(""))))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"closeInterest.notHeardReason-error\">Skriv hvorfor barnet ikke er hørt</p>",
                        "data-child-age>Barnet er "));
        assertThat(cases.get(fixtures.user("ansatt"), id).open()).isTrue();

        mvc.perform(post("/cases/" + id + "/close").with(as(accounts, "ansatt")).with(csrf())
                        .param("closeReason", "GOAL_MET").param("closeNote", "Målet er nådd").param("version", "0")
                        .params(BestInterestNotesFixture.params("closeInterest", notHeard("For ung til å danne seg egne synspunkter"))))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.get(fixtures.user("ansatt"), id).open()).isFalse();
        Integer age = jdbc.sql("select child_age from best_interest_note where source_type = 'relay_case' and source_id = ?")
                .param(id).query(Integer.class).single();
        assertThat(age).isEqualTo(cases.childAge(fixtures.user("ansatt"), cases.get(fixtures.user("ansatt"), id).childId()));
        assertThat(age).isNotNull();
    }

    @Test
    void the_relay_log_shows_the_notes_in_time_order_on_the_page_and_in_the_pdf() throws Exception {
        long id = caseWith("ppt");
        SignedInUser ansatt = fixtures.user("ansatt");
        cases.changeLevel(ansatt, id, new CaseForms.Level("2", "Opp", "0", heard()).toCommand());
        handovers.offer(ansatt, id, new CaseForms.Handover(String.valueOf(fixtures.user("ppt").employeeId()), "",
                notHeard("Barnet ville ikke snakke om det nå")).toCommand());
        String page = mvc.perform(get("/cases/" + id).with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int level = page.indexOf("data-occasion=\"LEVEL_2\"");
        int handover = page.indexOf("data-occasion=\"HANDOVER\"");
        assertThat(level).isPositive();
        assertThat(handover).isGreaterThan(level);
        assertThat(page).contains(heard().childViews(), "Barnet ville ikke snakke om det nå", "Barnet er ikke hørt.");
        assertThat(cases.notes(ansatt, id)).extracting(BestInterestNotes.Written::occasion)
                .containsExactly(Occasion.LEVEL_2, Occasion.HANDOVER);

        byte[] pdf = mvc.perform(get("/cases/" + id + "/stafettlogg.pdf").with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            int levelInPdf = text.indexOf("Barnets beste-vurdering: Til nivå 2");
            int handoverInPdf = text.indexOf("Barnets beste-vurdering: Stafetten gitt videre");
            assertThat(levelInPdf).isNotNegative();
            assertThat(handoverInPdf).isGreaterThan(levelInPdf);
            assertThat(text).contains("Barnet ville ikke snakke om det nå");
        }
    }

    @Test
    void another_service_without_access_is_refused_the_notes_and_the_refusal_is_logged() throws Exception {
        long id = caseWith();
        cases.changeLevel(fixtures.user("ansatt"), id, new CaseForms.Level("2", "Opp", "0", heard()).toCommand());
        long child = cases.get(fixtures.user("ansatt"), id).childId();
        mvc.perform(get("/api/v1/cases/" + id + "/best-interest-notes").with(as(accounts, "nav")))
                .andExpect(problemJson(status().isForbidden()));
        // the note module itself asks the door: a direct read by a unit with no basis is refused too
        assertThatThrownBy(() -> notes.read(fixtures.user("nav"),
                new BestInterestNotes.Source("relay_case", id, InformationCategory.RELAY_LOG), Action.READ,
                java.util.EnumSet.allOf(Occasion.class))).isInstanceOf(AccessRefusedException.class);
        long nav = fixtures.user("nav").employeeId();
        assertThat(jdbc.sql("select count(*) from access_log where child_id = ? and employee_id = ? and outcome = 'DENIED'")
                .params(child, nav).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from access_log where child_id = ? and object_type = 'best_interest_note'")
                .param(child).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
    }
}
