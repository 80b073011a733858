package no.laget.deadline.internal;

import java.time.LocalDate;

import no.laget.report.InvestigationEnded;
import no.laget.report.InvestigationExtended;
import no.laget.report.LegalClocks;
import no.laget.report.ReportDelivered;
import no.laget.report.ReportNotDelivered;
import no.laget.report.ReportReceived;
import no.laget.report.ReportReviewed;
import no.laget.report.ReporterAnswered;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The legal clocks of a report of concern as deadlines on the child welfare unit (source "report", the report's id),
 * each labelled under {@code deadline.kind.<KIND>} in messages-report; the link leads to the intake page and carries
 * only its number. They are the law: no one can mark them done or not relevant from a list ({@link Markable#NONE});
 * the decision or letter recorded in the intake completes them. And the reporter's own duty when a report is not
 * delivered: call child welfare ({@link Markable#DONE_ONLY}).
 */
@Component
class ReportClocks {

    static final String SOURCE = "report";
    static final String REVIEW = "REPORT_REVIEW";
    static final String CONFIRMATION = "REPORT_CONFIRMATION";
    static final String OPENING_LETTER = "REPORT_OPENING_LETTER";
    static final String INVESTIGATION = "REPORT_INVESTIGATION";
    static final String OUTCOME_LETTER = "REPORT_OUTCOME_LETTER";
    static final String NOT_DELIVERED = "REPORT_NOT_DELIVERED";

    private final Deadlines deadlines;

    ReportClocks(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @ApplicationModuleListener(id = "deadline.report-received")
    void on(ReportReceived e) {
        clock(REVIEW, e.reportId(), e.inboxId(), e.unitId(), e.childId(), e.receivedOn(),
                LegalClocks.reviewDue(e.receivedOn()));
        clock(CONFIRMATION, e.reportId(), e.inboxId(), e.unitId(), e.childId(), e.receivedOn(),
                LegalClocks.confirmationDue(e.receivedOn()));
    }

    @ApplicationModuleListener(id = "deadline.report-reviewed")
    void on(ReportReviewed e) {
        deadlines.complete(SOURCE, e.reportId(), REVIEW);
        clock(OPENING_LETTER, e.reportId(), e.inboxId(), e.unitId(), e.childId(), e.reviewedOn(), e.openingLetterDue());
        if (e.investigationDue() != null) {
            clock(INVESTIGATION, e.reportId(), e.inboxId(), e.unitId(), e.childId(), e.reviewedOn(),
                    e.investigationDue());
        }
    }

    @ApplicationModuleListener(id = "deadline.investigation-extended")
    void on(InvestigationExtended e) {
        clock(INVESTIGATION, e.reportId(), e.inboxId(), e.unitId(), e.childId(), e.extendedOn(), e.investigationDue());
    }

    @ApplicationModuleListener(id = "deadline.investigation-ended")
    void on(InvestigationEnded e) {
        deadlines.complete(SOURCE, e.reportId(), INVESTIGATION);
        clock(OUTCOME_LETTER, e.reportId(), e.inboxId(), e.unitId(), e.childId(), e.endedOn(), e.outcomeLetterDue());
    }

    @ApplicationModuleListener(id = "deadline.reporter-answered")
    void on(ReporterAnswered e) {
        deadlines.complete(SOURCE, e.reportId(), switch (e.letter()) {
            case RECEIPT -> CONFIRMATION;
            case OPENING -> OPENING_LETTER;
            case OUTCOME -> OUTCOME_LETTER;
        });
    }

    @ApplicationModuleListener(id = "deadline.report-not-delivered")
    void on(ReportNotDelivered e) {
        deadlines.schedule(new DeadlineRequest(NOT_DELIVERED, SOURCE, e.reportId(), null, null, e.reporterEmployeeId(),
                e.failedOn(), null, "/reports/" + e.reportId()).withMarkable(Markable.DONE_ONLY));
    }

    @ApplicationModuleListener(id = "deadline.report-delivered")
    void on(ReportDelivered e) {
        deadlines.complete(SOURCE, e.reportId(), NOT_DELIVERED);
    }

    private void clock(String kind, long reportId, long inboxId, long unitId, Long childId, LocalDate from,
            LocalDate due) {
        deadlines.schedule(new DeadlineRequest(kind, SOURCE, reportId, childId, unitId, null, due,
                LegalClocks.warnOn(from, due), "/intake/" + inboxId).withMarkable(Markable.NONE));
    }
}
