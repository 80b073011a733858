package no.laget.report.internal;

import no.laget.platform.time.Oslo;
import no.laget.support.BestInterestNotesFixture;
import java.time.LocalDate;
import java.util.List;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Basis;
import no.laget.access.Decision;
import no.laget.access.InformationCategory;
import no.laget.platform.security.SignedInUser;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.VeraPdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Child welfare's intake: access from receiving, the legal clocks as deadlines, decisions, and letters to the reporter. */
@LagetTest
class IntakeTest {

    private static final String EXTENSION_REASON = "Venter på sakkyndig vurdering fra BUP";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportDelivery delivery;
    @Autowired ReportInboxRepository inboxes;
    @Autowired SentReportRepository reportRows;
    @Autowired AccessDoor door;
    @Autowired JdbcClient jdbc;

    record Received(long reportId, long inboxId, long childId, ReportTestData.Typed child) {}

    private Received received() {
        ReportTestData.Typed child = ReportTestData.child();
        long reportId = reports.save(fixtures.user("laerer"), ReportTestData.command(child));
        delivery.deliverDue();
        long inboxId = inboxes.inboxForReport(reportId).orElseThrow().id();
        return new Received(reportId, inboxId, reportRows.childIds(reportId).getFirst(), child);
    }

    @Test
    void receiving_a_report_grants_child_welfare_the_child_and_starts_the_review_and_confirmation_clocks() {
        SignedInUser barnevern = fixtures.user("barnevern");
        SignedInUser nav = fixtures.user("nav");
        ReportTestData.Typed child = ReportTestData.child();
        long reportId = reports.save(fixtures.user("laerer"), ReportTestData.command(child));
        long childId = reportRows.childIds(reportId).getFirst();
        assertThat(door.decide(barnevern, childId, InformationCategory.CHILD_WELFARE, Action.READ,
                AccessedObject.of("test")).allowed()).isFalse();

        delivery.deliverDue();

        Decision decision = door.decide(barnevern, childId, InformationCategory.CHILD_WELFARE, Action.WRITE,
                AccessedObject.of("test"));
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.basis()).isEqualTo(Basis.RECEIVED_REPORT);
        assertThat(door.decide(barnevern, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("test"))
                .allowed()).isTrue();
        assertThat(door.decide(nav, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("test"))
                .allowed()).isFalse();
        LocalDate receivedOn = inboxes.inboxForReport(reportId).orElseThrow().receivedOn();
        assertThat(due(reportId, "REPORT_REVIEW")).isEqualTo(receivedOn.plusWeeks(1));
        assertThat(due(reportId, "REPORT_CONFIRMATION")).isEqualTo(receivedOn.plusWeeks(3));
        assertThat(jdbc.sql("select unit_id from deadline where source_type = 'report' and source_id = ? and kind = 'REPORT_REVIEW'")
                .param(reportId).query(Long.class).single()).isEqualTo(barnevern.unitId());
    }

    @Test
    void the_intake_lists_the_report_with_its_next_clock_and_only_for_child_welfare_intake() throws Exception {
        Received r = received();

        mvc.perform(get("/intake").with(as(accounts, "barnevern")))
                .andExpect(status().isOk())
                .andExpect(bodyContains(r.child().fullName(), "Ikke vurdert",
                        "Gjennomgå meldingen (en uke)", "Gimle skole"));
        mvc.perform(get("/intake").with(as(accounts, "laerer"))).andExpect(status().isForbidden());
        mvc.perform(get("/intake/{id}", r.inboxId()).with(as(accounts, "nav"))).andExpect(status().isForbidden());
    }

    @Test
    void bad_decisions_are_refused_each_with_its_own_message() throws Exception {
        Received r = received();
        var barnevern = as(accounts, "barnevern");
        String tomorrow = LocalDate.now(Oslo.ZONE).plusDays(1).toString();

        mvc.perform(post("/intake/{id}/review", r.inboxId()).with(barnevern).with(csrf()).param("reviewedOn", tomorrow))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "Velg om meldingen henlegges eller om det åpnes undersøkelse",
                        "Datoen for vurderingen kan ikke være etter i dag",
                        "value=\"" + tomorrow + "\""));
        mvc.perform(post("/intake/{id}/extension", r.inboxId()).with(barnevern).with(csrf()).param("extensionReason", " "))
                .andExpect(content().string(containsString("Bare en åpen undersøkelse kan forlenges")));
        mvc.perform(post("/intake/{id}/review", r.inboxId()).with(barnevern).with(csrf())
                        .param("reviewDecision", "INVESTIGATION").param("reviewedOn", today().toString())
                        .params(BestInterestNotesFixture.params("bestInterest", BestInterestNotesFixture.heard())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/intake/{id}/extension", r.inboxId()).with(barnevern).with(csrf()).param("extensionReason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv hvorfor undersøkelsen må forlenges")));
        mvc.perform(post("/intake/{id}/letters", r.inboxId()).with(barnevern).with(csrf()).param("sentOn", "1.1.1999"))
                .andExpect(bodyContains("Velg hvilket brev som er sendt",
                        "Brevet kan ikke være sendt før meldingen kom inn",
                        "Velg hvordan brevet ble sendt"));
    }

    @Test
    void a_whole_report_review_investigation_extension_outcome_and_letters_and_the_reporter_sees_only_the_letters()
            throws Exception {
        Received r = received();
        var barnevern = as(accounts, "barnevern");
        LocalDate receivedOn = inboxes.inbox(r.inboxId()).orElseThrow().receivedOn();

        act(barnevern, r, "letters", "letterKind", "RECEIPT", "sentOn", today().toString(), "sentHow", "EMAIL");
        act(barnevern, r, "review", "reviewDecision", "INVESTIGATION", "reviewedOn", today().toString(),
                "bestInterest.childHeard", "NO", "bestInterest.notHeardReason", "Barnet er ikke hørt ennå",
                "bestInterest.weighing", "Vekt på trygghet", "bestInterest.alternatives", "Å henlegge",
                "bestInterest.conclusion", INVESTIGATION_CONCLUSION);
        assertThat(due(r.reportId(), "REPORT_INVESTIGATION")).isEqualTo(receivedOn.plusMonths(3));
        assertThat(open(r.reportId(), "REPORT_REVIEW")).isZero();
        assertThat(open(r.reportId(), "REPORT_CONFIRMATION")).isZero();
        act(barnevern, r, "extension", "extensionReason", EXTENSION_REASON);
        assertThat(due(r.reportId(), "REPORT_INVESTIGATION")).isEqualTo(receivedOn.plusMonths(6));
        act(barnevern, r, "letters", "letterKind", "INVESTIGATION_OPENED", "sentOn", today().toString(), "sentHow", "LETTER");
        act(barnevern, r, "end", "outcome", "MEASURES", "endedOn", today().toString());
        assertThat(open(r.reportId(), "REPORT_INVESTIGATION")).isZero();
        assertThat(due(r.reportId(), "REPORT_OUTCOME_LETTER")).isEqualTo(today().plusWeeks(3));
        act(barnevern, r, "letters", "letterKind", "OUTCOME_MEASURES", "sentOn", today().toString(), "sentHow", "DIGITAL_MAIL");
        assertThat(open(r.reportId(), "REPORT_OUTCOME_LETTER")).isZero();

        mvc.perform(get("/intake/{id}", r.inboxId()).with(barnevern))
                .andExpect(bodyContains(EXTENSION_REASON,
                        "Undersøkelsen ble avsluttet med tiltak", INVESTIGATION_CONCLUSION,
                        BestInterestNotesFixture.heard().conclusion()));

        String page = mvc.perform(get("/reports/{id}", r.reportId()).with(as(accounts, "laerer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vi har mottatt bekymringsmeldingen din"),
                        containsString("Vi har åpnet undersøkelse"),
                        containsString("Undersøkelsen er avsluttet, og saken følges opp"),
                        not(containsString(EXTENSION_REASON)), not(containsString("Frister")),
                        // the reporter reads back their own best-interest note, never child welfare's (rule 24)
                        containsString(BestInterestNotesFixture.heard().conclusion()),
                        not(containsString(INVESTIGATION_CONCLUSION)))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Forlenget", "seks måneder");

        List<ReportInboxRepository.Letter> letters = inboxes.letters(r.reportId());
        assertThat(letters).extracting(ReportInboxRepository.Letter::kind)
                .containsExactly("RECEIPT", "INVESTIGATION_OPENED", "OUTCOME_MEASURES");
        byte[] pdf = mvc.perform(get("/reports/{id}/letters/{letter}.pdf", r.reportId(), letters.getFirst().id())
                        .with(as(accounts, "laerer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Vi har mottatt bekymringsmeldingen din", "meldingsnummer " + r.reportId(),
                "Barneverntjenesten mottok meldingen din", "taushetsplikt", "Lærer Testesen")
                .doesNotContain(r.child().familyName(), r.child().identityNumber(), "blåmerker");
        // another employee gets none of it
        mvc.perform(get("/reports/{id}/letters/{letter}.pdf", r.reportId(), letters.getFirst().id())
                .with(as(accounts, "ansatt"))).andExpect(status().isNotFound());
    }

    @Test
    void the_letters_are_pdf_ua_and_pdf_a_in_bokmaal() throws Exception {
        Received r = received();
        for (String kind : List.of("RECEIPT")) {
            byte[] pdf = mvc.perform(get("/intake/{id}/letters/{kind}.pdf", r.inboxId(), kind).with(as(accounts, "barnevern")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
                assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Vi har mottatt bekymringsmeldingen din");
            }
            VeraPdf.assertPasses(pdf);
        }
        // a letter not due yet is not there
        mvc.perform(get("/intake/{id}/letters/{kind}.pdf", r.inboxId(), "OUTCOME_CLOSED").with(as(accounts, "barnevern")))
                .andExpect(status().isNotFound());
    }

    private static final String INVESTIGATION_CONCLUSION = "Undersøkelse åpnes etter barnets beste";

    private void act(org.springframework.test.web.servlet.request.RequestPostProcessor user, Received r, String action,
            String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/intake/{id}/" + action, r.inboxId()).with(user).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private LocalDate due(long reportId, String kind) {
        return jdbc.sql("select due_on from deadline where source_type = 'report' and source_id = ? and kind = ?")
                .params(reportId, kind).query(LocalDate.class).single();
    }

    private int open(long reportId, String kind) {
        return jdbc.sql("select count(*) from deadline where source_type = 'report' and source_id = ? and kind = ? and done_at is null")
                .params(reportId, kind).query(Integer.class).single();
    }

    private static LocalDate today() {
        return LocalDate.now(Oslo.ZONE);
    }
}
