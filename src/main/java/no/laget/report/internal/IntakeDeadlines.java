package no.laget.report.internal;

import java.time.LocalDate;

import no.laget.deadline.DeadlineRequest;
import no.laget.deadline.Deadlines;
import no.laget.deadline.Markable;
import no.laget.report.LegalClocks;

import org.springframework.stereotype.Component;

/**
 * The legal clocks as deadlines on the child welfare unit (source "report", the report's id), each labelled under
 * {@code deadline.kind.<KIND>} in messages-report. The link leads to the intake page and carries only its number.
 * They are the law: no one can mark them done or not relevant from a list ({@link Markable#NONE}); the decision or
 * letter recorded here completes them.
 */
@Component
class IntakeDeadlines {

    static final String REVIEW = "REPORT_REVIEW";
    static final String CONFIRMATION = "REPORT_CONFIRMATION";
    static final String OPENING_LETTER = "REPORT_OPENING_LETTER";
    static final String INVESTIGATION = "REPORT_INVESTIGATION";
    static final String OUTCOME_LETTER = "REPORT_OUTCOME_LETTER";

    private final Deadlines deadlines;

    IntakeDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    void received(long reportId, long inboxId, long unitId, Long childId, LocalDate receivedOn) {
        schedule(REVIEW, reportId, inboxId, unitId, childId, receivedOn, LegalClocks.reviewDue(receivedOn));
        schedule(CONFIRMATION, reportId, inboxId, unitId, childId, receivedOn, LegalClocks.confirmationDue(receivedOn));
    }

    void schedule(String kind, long reportId, long inboxId, long unitId, Long childId, LocalDate from, LocalDate due) {
        deadlines.schedule(new DeadlineRequest(kind, "report", reportId, childId, unitId, null, due,
                LegalClocks.warnOn(from, due), "/intake/" + inboxId).withMarkable(Markable.NONE));
    }

    void done(long reportId, String kind) {
        deadlines.complete("report", reportId, kind);
    }
}
