package no.laget.report.internal;

import no.laget.platform.pdf.AccessiblePdf;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.time.Oslo;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Child welfare's letters to a public reporter (docs/domain.md rule 24) as PDF/UA-1 and PDF/A-3u in bokmål, rendered by
 * platform.pdf.AccessiblePdf. A letter says only what the law lets child welfare tell the
 * reporter: that the report was received, whether an investigation was opened, and whether it was closed or is
 * followed up. It names no child and no guardian: the report is identified by its number and the day it was sent,
 * which the reporter knows, so a misdirected letter discloses nothing.
 */
@Component
class LetterPdf {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    private final AccessiblePdf pdf;
    private final MessageSource messages;
    private final Organisation organisation;
    private final ReportInboxRepository inboxes;

    LetterPdf(AccessiblePdf pdf, MessageSource messages, Organisation organisation, ReportInboxRepository inboxes) {
        this.pdf = pdf;
        this.messages = messages;
        this.organisation = organisation;
        this.inboxes = inboxes;
    }

    /** The letter's heading, which is also its title in the archive. */
    String title(Intake.LetterKind kind) {
        return messages.getMessage("letter.title." + kind.name(), null, BOKMAAL);
    }

    byte[] render(Intake.LetterKind kind, long reportId, ReportOfConcern report, OffsetDateTime sentAt, LocalDate letterDate) {
        ReportInboxRepository.InboxRow inbox = inboxes.inboxForReport(reportId).orElseThrow();
        String from = organisation.unit(inbox.unitId()).map(Unit::name).orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.name());
        model.put("title", messages.getMessage("letter.title." + kind.name(), null, BOKMAAL));
        model.put("from", from);
        model.put("municipality", report.municipalityName());
        model.put("reporter", report.reporter());
        model.put("reportId", reportId);
        model.put("sentOn", sentAt.atZoneSameInstant(Oslo.ZONE).toLocalDate());
        model.put("receivedOn", inbox.receivedOn());
        model.put("letterDate", letterDate);
        return pdf.render("report/letter-pdf", model);
    }
}
