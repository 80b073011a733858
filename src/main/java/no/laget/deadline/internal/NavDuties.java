package no.laget.deadline.internal;

import java.time.LocalDate;

import no.laget.agreement.AgreementDatesSet;
import no.laget.emergency.EmergencyUseDecided;
import no.laget.emergency.EmergencyUseRecorded;
import no.laget.transition.TransitionMeasureAdded;
import no.laget.transition.TransitionReminderSet;
import no.laget.transition.TransitionStarted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The duties of the three modules split from NAV, from their events: NAV's decision on an emergency card's use (on the
 * NAV unit, warned from the day of the use), child welfare's reminder to start a young person's transition (warned a
 * month before) and the evaluation of a transition plan's measure (warned two weeks before), and each party unit's
 * next agreement meetings, input and evaluation (warned two weeks before). The source types and kinds are the ones the
 * rows were written with before the events, so rows already stored and their labels keep working. Each handler runs
 * after the publishing transaction committed, in its own, and is idempotent: a publication handed over again leaves
 * the same rows.
 */
@Component
class NavDuties {

    static final String EMERGENCY_USE_SOURCE = "nav_emergency_use";
    static final String EMERGENCY_DECISION = "EMERGENCY_DECISION";

    static final String TRANSITION_CHILD_SOURCE = "nav_transition_child";
    static final String TRANSITION_START = "TRANSITION_START";
    static final String TRANSITION_MEASURE_SOURCE = "nav_transition_measure";
    static final String TRANSITION_EVALUATION = "TRANSITION_EVALUATION";

    static final String AGREEMENT_COOPERATION_SOURCE = "nav_agreement_coop";
    static final String AGREEMENT_ANONYMOUS_SOURCE = "nav_agreement_anon";
    static final String AGREEMENT_INPUT_SOURCE = "nav_agreement_input";
    static final String AGREEMENT_EVALUATION_SOURCE = "nav_agreement_eval";
    static final String AGREEMENT_MEETING = "AGREEMENT_MEETING";
    static final String AGREEMENT_INPUT = "AGREEMENT_INPUT";
    static final String AGREEMENT_EVALUATION = "AGREEMENT_EVALUATION";

    private final Deadlines deadlines;

    NavDuties(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @ApplicationModuleListener(id = "deadline.emergency-use-recorded")
    void on(EmergencyUseRecorded e) {
        deadlines.schedule(new DeadlineRequest(EMERGENCY_DECISION, EMERGENCY_USE_SOURCE, e.useId(), null,
                e.navUnitId(), null, e.decisionDueOn(), e.usedOn(), "/nav/kronekort/bruk/" + e.useId() + "/vedtak"));
    }

    @ApplicationModuleListener(id = "deadline.emergency-use-decided")
    void on(EmergencyUseDecided e) {
        deadlines.complete(EMERGENCY_USE_SOURCE, e.useId(), EMERGENCY_DECISION);
    }

    @ApplicationModuleListener(id = "deadline.transition-reminder-set")
    void on(TransitionReminderSet e) {
        deadlines.schedule(new DeadlineRequest(TRANSITION_START, TRANSITION_CHILD_SOURCE, e.childId(), e.childId(),
                e.unitId(), null, e.remindOn(), e.remindOn().minusMonths(1), "/nav/overgang/barn/" + e.childId()));
    }

    @ApplicationModuleListener(id = "deadline.transition-started")
    void on(TransitionStarted e) {
        deadlines.complete(TRANSITION_CHILD_SOURCE, e.childId(), TRANSITION_START);
    }

    @ApplicationModuleListener(id = "deadline.transition-measure-added")
    void on(TransitionMeasureAdded e) {
        deadlines.schedule(new DeadlineRequest(TRANSITION_EVALUATION, TRANSITION_MEASURE_SOURCE, e.measureId(),
                e.childId(), e.childWelfareUnitId(), null, e.evaluationOn(), e.evaluationOn().minusDays(14),
                "/nav/overgang/" + e.transitionId()));
    }

    @ApplicationModuleListener(id = "deadline.agreement-dates-set")
    void on(AgreementDatesSet e) {
        String link = "/nav/avtaler/" + e.agreementId();
        agreementDuty(e, AGREEMENT_MEETING, AGREEMENT_COOPERATION_SOURCE, e.cooperationMeetingDueOn(), link);
        agreementDuty(e, AGREEMENT_MEETING, AGREEMENT_ANONYMOUS_SOURCE, e.anonymousMeetingDueOn(), link);
        agreementDuty(e, AGREEMENT_INPUT, AGREEMENT_INPUT_SOURCE, e.inputDueOn(), link + "/innspill");
        agreementDuty(e, AGREEMENT_EVALUATION, AGREEMENT_EVALUATION_SOURCE, e.evaluationDueOn(), link + "/evaluering");
    }

    /** No day: no such duty (any open one goes); a day: the party unit's duty, warned two weeks before. */
    private void agreementDuty(AgreementDatesSet e, String kind, String source, LocalDate due, String link) {
        if (due == null) {
            deadlines.complete(source, e.partyId(), kind);
            return;
        }
        deadlines.schedule(new DeadlineRequest(kind, source, e.partyId(), null, e.partyUnitId(), null, due,
                due.minusDays(14), link));
    }
}
