package no.laget.deadline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.laget.agreement.AgreementDatesSet;
import no.laget.emergency.EmergencyUseDecided;
import no.laget.emergency.EmergencyUseRecorded;
import no.laget.mywork.DeadlineState;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;
import no.laget.transition.TransitionMeasureAdded;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duties of emergency, transition and agreement come from their events (docs/decisions.md), with the source types
 * and kinds the rows had before, and an event handed over again (resubmission) leaves the same rows.
 */
@LagetTest
class NavDutiesTest {

    @Autowired ChildFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @Test
    void an_emergency_use_recorded_twice_is_one_duty_and_a_decision_handed_over_twice_completes_it_once() {
        long use = System.nanoTime();
        long navUnit = fixtures.user("nav").unitId();
        LocalDate usedOn = DeadlineState.today(clock);
        var recorded = new EmergencyUseRecorded(use, 1, navUnit, usedOn, usedOn.plusDays(3));

        publish(recorded);
        publish(recorded);

        List<Map<String, Object>> rows = rows(NavDuties.EMERGENCY_USE_SOURCE, use);
        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("kind", "EMERGENCY_DECISION").containsEntry("unit_id", navUnit)
                .containsEntry("due_on", java.sql.Date.valueOf(usedOn.plusDays(3)))
                .containsEntry("warn_on", java.sql.Date.valueOf(usedOn))
                .containsEntry("link", "/nav/kronekort/bruk/" + use + "/vedtak"));
        assertThat(rows.getFirst().get("done_at")).isNull();

        publish(new EmergencyUseDecided(use, 1, navUnit, usedOn));
        Object doneAt = rows(NavDuties.EMERGENCY_USE_SOURCE, use).getFirst().get("done_at");
        assertThat(doneAt).isNotNull();
        publish(new EmergencyUseDecided(use, 1, navUnit, usedOn));
        assertThat(rows(NavDuties.EMERGENCY_USE_SOURCE, use)).singleElement()
                .satisfies(row -> assertThat(row.get("done_at")).isEqualTo(doneAt));
    }

    @Test
    void a_transition_measure_added_twice_is_one_evaluation_duty_warned_two_weeks_before() {
        long measure = System.nanoTime();
        long unit = fixtures.user("barnevern").unitId();
        LocalDate evaluationOn = DeadlineState.today(clock).plusMonths(2);
        long child = fixtures.childOf("barnevern", TestChildren.familyName());
        var added = new TransitionMeasureAdded(measure, 77, child, unit, evaluationOn);

        publish(added);
        publish(added);

        assertThat(rows(NavDuties.TRANSITION_MEASURE_SOURCE, measure)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("kind", "TRANSITION_EVALUATION").containsEntry("unit_id", unit).containsEntry("child_id", child)
                .containsEntry("warn_on", java.sql.Date.valueOf(evaluationOn.minusDays(14)))
                .containsEntry("link", "/nav/overgang/77"));
    }

    @Test
    void an_agreement_date_that_falls_away_completes_the_partys_open_duty_and_a_date_reopens_it() {
        long party = System.nanoTime();
        long unit = fixtures.user("nav").unitId();
        LocalDate today = DeadlineState.today(clock);
        LocalDate meeting = today.plusMonths(3);
        LocalDate evaluation = today.plusYears(1);

        publish(new AgreementDatesSet(9, party, unit, meeting, null, evaluation.minusDays(30), evaluation));
        assertThat(open(NavDuties.AGREEMENT_COOPERATION_SOURCE, party)).isEqualTo(1);
        assertThat(rows(NavDuties.AGREEMENT_ANONYMOUS_SOURCE, party)).isEmpty();
        assertThat(rows(NavDuties.AGREEMENT_EVALUATION_SOURCE, party)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("kind", "AGREEMENT_EVALUATION")
                .containsEntry("warn_on", java.sql.Date.valueOf(evaluation.minusDays(14)))
                .containsEntry("link", "/nav/avtaler/9/evaluering"));

        // the next cooperation meeting would fall after the agreement ends: no duty
        var ended = new AgreementDatesSet(9, party, unit, null, null, evaluation.minusDays(30), evaluation);
        publish(ended);
        publish(ended);
        assertThat(open(NavDuties.AGREEMENT_COOPERATION_SOURCE, party)).isZero();
        assertThat(rows(NavDuties.AGREEMENT_COOPERATION_SOURCE, party)).hasSize(1);
        assertThat(open(NavDuties.AGREEMENT_INPUT_SOURCE, party)).isEqualTo(1);

        publish(new AgreementDatesSet(9, party, unit, meeting.plusMonths(1), null, evaluation.minusDays(30), evaluation));
        assertThat(open(NavDuties.AGREEMENT_COOPERATION_SOURCE, party)).isEqualTo(1);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<Map<String, Object>> rows(String source, long id) {
        return jdbc.sql("""
                select kind, unit_id, employee_id, child_id, due_on, warn_on, link, done_at from deadline
                 where source_type = ? and source_id = ?""").params(source, id).query().listOfRows();
    }

    private int open(String source, long id) {
        return jdbc.sql("select count(*) from deadline where source_type = ? and source_id = ? and done_at is null")
                .params(source, id).query(Integer.class).single();
    }
}
