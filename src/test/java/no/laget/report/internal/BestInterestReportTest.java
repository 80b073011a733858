package no.laget.report.internal;

import no.laget.platform.time.Oslo;
import no.laget.support.BestInterestNotesFixture;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static no.laget.support.Accounts.as;
import static no.laget.support.BestInterestNotesFixture.heard;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.ProblemJson.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The child's best interest in reports: a report of concern and child welfare's decision to investigate are refused
 * without a note (page and API), accepted with one; closing a review (henlagt) needs none.
 */
@LagetTest
class BestInterestReportTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportDelivery delivery;
    @Autowired ReportInboxRepository inboxes;
    @Autowired JdbcClient jdbc;

    private static MultiValueMap<String, String> withoutNote(ReportTestData.Typed child) {
        MultiValueMap<String, String> params = ReportTestData.params(child);
        params.keySet().removeIf(name -> name.startsWith("bestInterest."));
        return params;
    }

    private int reportsOf(ReportTestData.Typed child) {
        return jdbc.sql("select count(*) from report_child where family_name = ?").param(child.familyName())
                .query(Integer.class).single();
    }

    private long received() {
        long reportId = reports.save(fixtures.user("laerer"), ReportTestData.command(ReportTestData.child()));
        delivery.deliverDue();
        return inboxes.inboxForReport(reportId).orElseThrow().id();
    }

    @Test
    void a_report_without_a_note_is_refused_on_the_page_keeping_what_was_typed() throws Exception {
        ReportTestData.Typed child = ReportTestData.child();
        mvc.perform(post("/reports").with(as(accounts, "laerer")).with(csrf()).params(withoutNote(child))
                        .param("bestInterest.childViews", "Det barnet sa til meg"))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "id=\"bestInterest.childHeard-error\">Velg om barnet er hørt</p>",
                        ">Det barnet sa til meg</textarea>",
                        "value=\"" + child.familyName() + "\""));
        assertThat(reportsOf(child)).isZero();
    }

    @Test
    void a_report_without_a_note_is_refused_in_the_api_and_accepted_with_one() throws Exception {
        ReportTestData.Typed child = ReportTestData.child();
        mvc.perform(post("/reports").with(as(accounts, "laerer")).with(csrf()).params(ReportTestData.params(child)))
                .andExpect(status().is3xxRedirection());
        assertThat(reportsOf(child)).isEqualTo(1);
        long childId = jdbc.sql("select child_id from report_child where family_name = ?").param(child.familyName())
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from best_interest_note where child_id = ? and occasion = 'REPORT'")
                .param(childId).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from access_log where child_id = ? and object_type = 'best_interest_note'"
                + " and action = 'REPORT' and outcome = 'ALLOWED'").param(childId).query(Integer.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/reports").with(as(accounts, "laerer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reporterName\":\"Lærer\"}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[?(@.field == 'bestInterest.childHeard')].message")
                        .value(org.hamcrest.Matchers.hasItem("Velg om barnet er hørt")));
    }

    @Test
    void an_investigation_without_a_note_is_refused_on_the_page_and_in_the_api_and_a_closing_needs_none()
            throws Exception {
        long inbox = received();
        mvc.perform(post("/intake/{id}/review", inbox).with(as(accounts, "barnevern")).with(csrf())
                        .param("reviewDecision", "INVESTIGATION").param("reviewedOn", "")
                        .param("bestInterest.alternatives", "Å henlegge"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"bestInterest.childHeard-error\">Velg om barnet er hørt</p>",
                        ">Å henlegge</textarea>"));
        mvc.perform(post("/api/v1/intake/{id}/review", inbox).with(as(accounts, "barnevern")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reviewDecision\":\"INVESTIGATION\"}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[?(@.field == 'bestInterest.conclusion')].message")
                        .value(org.hamcrest.Matchers.hasItem("Skriv konklusjonen")));
        assertThat(inboxes.inbox(inbox).orElseThrow().reviewDecision()).isNull();
        mvc.perform(post("/api/v1/intake/{id}/review", inbox).with(as(accounts, "barnevern")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reviewDecision\":\"KANSKJE\",\"reviewedOn\":\"2026-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewDecision"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("feil type")));

        String today = java.time.LocalDate.now(Oslo.ZONE).toString();
        mvc.perform(post("/api/v1/intake/{id}/review", inbox).with(as(accounts, "barnevern")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reviewDecision\":\"INVESTIGATION\",\"reviewedOn\":\"" + today + "\",\"bestInterest\":"
                                + BestInterestNotesFixture.jsonText(heard()) + "}"))
                .andExpect(status().isNoContent());
        assertThat(inboxes.inbox(inbox).orElseThrow().reviewDecision()).isEqualTo("INVESTIGATION");

        long closed = received();
        mvc.perform(post("/intake/{id}/review", closed).with(as(accounts, "barnevern")).with(csrf())
                        .param("reviewDecision", "CLOSED").param("reviewedOn", today))
                .andExpect(status().is3xxRedirection());
        assertThat(inboxes.inbox(closed).orElseThrow().reviewDecision()).isEqualTo("CLOSED");
    }
}
