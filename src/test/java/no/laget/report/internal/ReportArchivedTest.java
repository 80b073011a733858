package no.laget.report.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import no.laget.archive.internal.Archive;
import no.laget.archive.internal.Archive;
import no.laget.archive.ArchivedRecord;
import no.laget.archive.internal.Extract;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.report.ReportSent;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.VeraPdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report of concern itself is archived when it is sent: the PDF rendered at that moment, every field the report
 * holds, in the report's case file under class 300, its public title without the child's or the reporter's name. A
 * later template does not reach the archived report.
 */
@LagetTest
@RecordApplicationEvents
class ReportArchivedTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportDelivery delivery;
    @Autowired SentReportRepository reportRows;
    @Autowired ReportPdf reportPdf;
    @Autowired Archive archive;
    @Autowired Extract extract;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @TempDir Path temp;

    record Sent(long reportId, long childId, ReportTestData.Typed child, byte[] pdf, ArchivedRecord record) {}

    private Sent sent() {
        ReportTestData.Typed child = ReportTestData.child();
        long reportId = reports.save(fixtures.user("laerer"), ReportTestData.command(child));
        delivery.deliverDue();
        long childId = reportRows.childIds(reportId).getFirst();
        byte[] pdf = events.stream(ReportSent.class).filter(e -> e.reportId() == reportId).findFirst().orElseThrow()
                .report();
        ArchivedRecord record = archive.forChild(fixtures.user("barnevern"), childId).stream()
                .filter(r -> r.kind().equals("REPORT_SENT")).findFirst().orElseThrow();
        return new Sent(reportId, childId, child, pdf, record);
    }

    @Test
    void a_sent_report_is_archived_once_with_every_field_in_its_case_file_under_class_300() throws Exception {
        Sent sent = sent();

        SignedInUser barnevern = fixtures.user("barnevern");
        assertThat(archive.forChild(barnevern, sent.childId()).stream().filter(r -> r.kind().equals("REPORT_SENT")))
                .hasSize(1);
        assertThat(sent.record().classCode()).isEqualTo("300");
        assertThat(sent.record().category()).isEqualTo("CHILD_WELFARE");
        assertThat(sent.record().legalBasis()).isEqualTo("offl. § 13 jf. bvl. § 13-1");
        assertThat(sent.record().fileTitle()).isEqualTo("Bekymringsmelding nr. " + sent.reportId());
        assertThat(sent.record().title()).isEqualTo(
                "Bekymringsmelding om " + sent.child().fullName() + " fra Lærer Testesen");
        assertThat(archive.document(barnevern, sent.record().id()).content()).isEqualTo(sent.pdf());
        assertThat(text(sent.pdf())).contains("Bekymringsmelding nr. " + sent.reportId(), "Lærer Testesen",
                "Kontaktlærer", "69 17 00 00", "laerer@halden.kommune.no", "Gimle skole", sent.child().fullName(),
                sent.child().identityNumber(), "Storgata 1, 1771 Halden", "Faren kan bli voldelig",
                "Foresatt " + sent.child().familyName(), "Kan sette barnet i fare",
                "Mishandling eller alvorlig omsorgssvikt", "Barnet kommer ofte sulten og med blåmerker på armene.",
                "Bekymret siden høstferien, snakket med rektor.", "trenger ikke tolk");
    }

    @Test
    void a_sent_report_stays_byte_for_byte_the_same_in_the_archive_after_its_template_changed() throws Exception {
        Sent sent = sent();
        ReportOfConcern report = reportRows.report(sent.reportId(), "3101", "Halden").orElseThrow();

        byte[] changed = reportPdf.render("report/report-pdf-changed", sent.reportId(), report);

        assertThat(text(changed)).contains("Endret mal for bekymringsmelding " + sent.reportId());
        byte[] archived = mvc.perform(get("/arkiv/{id}/dokument.pdf", sent.record().id()).with(as(accounts, "barnevern")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(archived).isEqualTo(sent.pdf());
        assertThat(text(archived)).doesNotContain("Endret mal");
        // the reporter's service has no child welfare access to the child: refused like a missing record
        mvc.perform(get("/arkiv/{id}/dokument.pdf", sent.record().id()).with(as(accounts, "nav")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/arkiv/{id}/dokument.pdf", 1_000_000_000L + sent.record().id()).with(as(accounts, "nav")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_archived_report_passes_verapdf_as_pdf_ua_1_and_pdf_a_3u() throws Exception {
        byte[] pdf = sent().pdf();

        VeraPdf.assertPasses(pdf);
    }

    @Test
    void the_public_journal_holds_neither_the_childs_nor_the_reporters_name() throws Exception {
        Sent sent = sent();
        LocalDate today = sent.record().archivedAt().atZoneSameInstant(Oslo.ZONE).toLocalDate();
        Path out = temp.resolve("uttrekk");

        extract.write(today, today, out, done -> {});

        String publicTitle = jdbc.sql("select public_title from archive_record where id = ?").param(sent.record().id())
                .query(String.class).single();
        assertThat(publicTitle).isEqualTo("Bekymringsmelding om ***** ***** fra ***** *****");
        String open = Files.readString(out.resolve("offentligJournal.xml"));
        String running = Files.readString(out.resolve("loependeJournal.xml"));
        assertThat(running).contains(sent.child().familyName());
        assertThat(open).contains("<offentligTittel>" + publicTitle + "</offentligTittel>")
                .doesNotContain(sent.child().familyName()).doesNotContain("Testesen");
    }
}
