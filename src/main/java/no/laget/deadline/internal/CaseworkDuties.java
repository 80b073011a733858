package no.laget.deadline.internal;

import java.time.LocalDate;

import no.laget.casework.Cases;
import no.laget.casework.ConcernDecided;
import no.laget.casework.ConcernWritten;
import no.laget.casework.EvaluationDateSet;
import no.laget.casework.MeasureEvaluated;
import no.laget.casework.MeasuresStopped;
import no.laget.casework.RelayHolderSet;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Casework's dated duties, from its events: a concern's decision (on the writer, warned three days before, never
 * before it was written) and a measure's evaluation (on its responsible, warned a week before). Each handler runs
 * after the publishing transaction committed, in its own, and is idempotent: a publication handed over again (after
 * a failure) leaves the same rows.
 */
@Component
class CaseworkDuties {

    /** A concern's decision duty; casework's own "mine" list reads the deadline rows by the same names. */
    static final String CONCERN_SOURCE = "concern";
    static final String CONCERN_DECISION = "CONCERN_DECISION";

    private final Deadlines deadlines;

    CaseworkDuties(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @ApplicationModuleListener(id = "deadline.concern-written")
    void on(ConcernWritten e) {
        LocalDate warnOn = e.decisionDueOn().minusDays(3);
        deadlines.schedule(new DeadlineRequest(CONCERN_DECISION, CONCERN_SOURCE, e.concernId(), e.childId(),
                e.unitId(), e.employeeId(), e.decisionDueOn(), warnOn.isBefore(e.writtenOn()) ? e.writtenOn() : warnOn,
                "/concerns/" + e.concernId()));
    }

    @ApplicationModuleListener(id = "deadline.concern-decided")
    void on(ConcernDecided e) {
        deadlines.complete(CONCERN_SOURCE, e.concernId(), CONCERN_DECISION);
    }

    @ApplicationModuleListener(id = "deadline.evaluation-date-set")
    void on(EvaluationDateSet e) {
        deadlines.schedule(new DeadlineRequest(Cases.EVALUATION_KIND, Cases.MEASURE_SOURCE, e.measureId(), e.childId(),
                e.unitId(), e.employeeId(), e.evaluateOn(), e.evaluateOn().minusDays(7), "/cases/" + e.caseId()));
    }

    @ApplicationModuleListener(id = "deadline.measure-evaluated")
    void on(MeasureEvaluated e) {
        if (e.nextEvaluateOn() == null) {
            deadlines.complete(Cases.MEASURE_SOURCE, e.measureId(), Cases.EVALUATION_KIND);
        }
    }

    @ApplicationModuleListener(id = "deadline.measures-stopped")
    void on(MeasuresStopped e) {
        for (long measureId : e.measureIds()) {
            deadlines.completeAll(Cases.MEASURE_SOURCE, measureId);
        }
    }

    /** docs/domain.md rule 15: the expiry of each consent the case stands on is the relay holder's to follow up. */
    @ApplicationModuleListener(id = "deadline.relay-holder-set")
    void on(RelayHolderSet e) {
        for (long consentId : e.consentIds()) {
            deadlines.reassign(ConsentDuties.SOURCE, consentId, e.unitId(), e.employeeId());
        }
    }
}
