package no.laget.report.internal;

import java.time.LocalDate;

import no.laget.archive.internal.Archive;
import no.laget.archive.ArchivedRecord;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.report.LetterSent;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A letter to the reporter, once recorded as sent, is kept by the archive as it was sent: when what the letter is
 * rendered from changes afterwards (here the sending unit's name, which the letter's template prints), a new rendering
 * changes and the archived letter does not, byte for byte.
 */
@LagetTest
@RecordApplicationEvents
class LetterArchivedTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportDelivery delivery;
    @Autowired ReportInboxRepository inboxes;
    @Autowired SentReportRepository reportRows;
    @Autowired Archive archive;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void a_sent_letter_is_archived_and_stays_byte_for_byte_the_same_after_what_it_was_rendered_from_changes()
            throws Exception {
        long reportId = reports.save(fixtures.user("laerer"), ReportTestData.command(ReportTestData.child()));
        delivery.deliverDue();
        ReportInboxRepository.InboxRow inbox = inboxes.inboxForReport(reportId).orElseThrow();
        long childId = reportRows.childIds(reportId).getFirst();
        SignedInUser barnevern = fixtures.user("barnevern");
        String today = LocalDate.now(Oslo.ZONE).toString();

        mvc.perform(post("/intake/{id}/letters", inbox.id()).with(as(accounts, "barnevern")).with(csrf())
                        .param("letterKind", "RECEIPT").param("sentOn", today).param("sentHow", "LETTER"))
                .andExpect(status().is3xxRedirection());

        byte[] sent = events.stream(LetterSent.class).filter(e -> e.reportId() == reportId).findFirst().orElseThrow()
                .letter();
        ArchivedRecord record = archive.forChild(barnevern, childId).stream()
                .filter(r -> r.kind().equals("LETTER_SENT")).findFirst().orElseThrow();
        assertThat(record.classCode()).isEqualTo("300");
        assertThat(record.legalBasis()).isEqualTo("offl. § 13 jf. bvl. § 13-1");
        assertThat(record.title()).isEqualTo("Brev til melder: Vi har mottatt bekymringsmeldingen din");
        assertThat(archive.document(barnevern, record.id()).content()).isEqualTo(sent);

        String unitName = jdbc.sql("select name from unit where id = ?").param(inbox.unitId()).query(String.class).single();
        try {
            jdbc.sql("update unit set name = ? where id = ?").params("Omdøpt barneverntjeneste", inbox.unitId()).update();
            byte[] rerendered = mvc.perform(get("/intake/{id}/letters/{kind}.pdf", inbox.id(), "RECEIPT")
                            .with(as(accounts, "barnevern")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

            assertThat(text(rerendered)).contains("Omdøpt barneverntjeneste");
            byte[] archived = mvc.perform(get("/arkiv/{id}/dokument.pdf", record.id()).with(as(accounts, "barnevern")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(archived).isEqualTo(sent);
            assertThat(text(archived)).contains(unitName).doesNotContain("Omdøpt barneverntjeneste");
        } finally {
            jdbc.sql("update unit set name = ? where id = ?").params(unitName, inbox.unitId()).update();
        }
        // another service without child welfare's access gets the refusal, not the letter
        mvc.perform(get("/arkiv/{id}/dokument.pdf", record.id()).with(as(accounts, "nav")))
                .andExpect(status().isForbidden());
    }
}
