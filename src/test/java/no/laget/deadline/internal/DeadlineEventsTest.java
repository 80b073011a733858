package no.laget.deadline.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import no.laget.consent.ConsentGiven;
import no.laget.mywork.DeadlineState;
import no.laget.platform.database.EventResubmission;
import no.laget.report.LegalClocks;
import no.laget.report.ReportNotDelivered;
import no.laget.report.ReportReceived;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline module keeps the duties other modules' events describe, through Spring Modulith's event publication
 * registry: after the publishing transaction commits, in the publishing thread, in a transaction of its own; a
 * listener that fails leaves its publication incomplete, and resubmission completes it.
 */
@LagetTest
@EnableScenarios
class DeadlineEventsTest {

    @Autowired ChildFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired EventResubmission resubmission;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_consent_given_puts_its_expiry_on_the_recording_unit_before_the_call_returns(Scenario scenario) {
        String nurse = "helsesykepleier";
        long child = fixtures.childOf(nurse, TestChildren.familyName());
        long teacherUnit = fixtures.user("laerer").unitId();
        LocalDate today = DeadlineState.today(clock);

        long consent = fixtures.consent(nurse, child, teacherUnit, today, today.plusMonths(6), "RELAY_LOG");
        // no waiting: the listener ran in this thread before the call returned
        assertThat(openDuty(ConsentDuties.SOURCE, consent)).containsEntry("due_on", java.sql.Date.valueOf(today.plusMonths(6)));

        scenario.stimulate(() -> fixtures.consent(nurse, child, teacherUnit, today, today.plusMonths(3), "RELAY_LOG"))
                .andWaitForEventOfType(ConsentGiven.class)
                .matching(given -> given.childId() == child && given.validTo().equals(today.plusMonths(3)))
                .toArriveAndVerify((given, id) -> {
                    assertThat(given.consentId()).isEqualTo(id);
                    Map<String, Object> duty = openDuty(ConsentDuties.SOURCE, id);
                    assertThat(duty).containsEntry("unit_id", fixtures.user(nurse).unitId())
                            .containsEntry("warn_on", java.sql.Date.valueOf(today.plusMonths(3).minusDays(30)));
                    assertThat(duty.get("employee_id")).isNull();
                });
        assertThat(incomplete("deadline.consent-given")).isZero();
    }

    @Test
    void a_report_received_starts_the_review_and_confirmation_clocks_which_no_one_can_mark(Scenario scenario) {
        long report = System.nanoTime();
        long unit = fixtures.user("laerer").unitId();
        LocalDate receivedOn = DeadlineState.today(clock);

        scenario.publish(new ReportReceived(report, 4711, unit, null, receivedOn))
                .andWaitForStateChange(() -> jdbc.sql("""
                        select count(*) from deadline where source_type = 'report' and source_id = ?
                           and done_at is null and markable = 'NONE' and link = '/intake/4711'""")
                        .param(report).query(Integer.class).single(), open -> open == 2)
                .andVerify(open -> {
                    assertThat(jdbc.sql("select due_on from deadline where source_id = ? and kind = 'REPORT_REVIEW'")
                            .param(report).query(LocalDate.class).single()).isEqualTo(LegalClocks.reviewDue(receivedOn));
                    assertThat(jdbc.sql("select due_on from deadline where source_id = ? and kind = 'REPORT_CONFIRMATION'")
                            .param(report).query(LocalDate.class).single())
                            .isEqualTo(LegalClocks.confirmationDue(receivedOn));
                });
    }

    @Test
    void a_failing_listener_leaves_its_publication_incomplete_and_resubmission_completes_it() {
        long report = System.nanoTime();
        long reporter = fixtures.user("laerer").employeeId();
        LocalDate today = DeadlineState.today(clock);
        // the database refuses this one deadline (a trigger stands in for an outage)
        String trigger = "refuse_" + report;
        jdbc.sql("""
                create function %1$s() returns trigger language plpgsql as $$
                begin
                  if new.source_type = 'report' and new.source_id = %2$d then
                    raise exception 'refused for the test';
                  end if;
                  return new;
                end $$""".formatted(trigger, report)).update();
        jdbc.sql("create trigger %1$s before insert on deadline for each row execute function %1$s()".formatted(trigger))
                .update();
        try {
            // the publisher's work commits and its caller sees no error
            transactions.executeWithoutResult(status -> events.publishEvent(new ReportNotDelivered(report, reporter, today)));
            assertThat(duties(report)).isZero();
            assertThat(incompleteFor(report)).isEqualTo(1);

            // too young to resubmit; then old enough, but still refused: it stays
            resubmission.resubmit();
            clock.advance(Duration.ofMinutes(6));
            resubmission.resubmit();
            assertThat(duties(report)).isZero();
            assertThat(incompleteFor(report)).isEqualTo(1);
        } finally {
            jdbc.sql("drop trigger if exists %1$s on deadline".formatted(trigger)).update();
            jdbc.sql("drop function if exists %1$s()".formatted(trigger)).update();
        }

        clock.advance(Duration.ofMinutes(6));
        resubmission.resubmit();
        assertThat(duties(report)).isEqualTo(1);
        assertThat(incompleteFor(report)).isZero();
        assertThat(jdbc.sql("select markable from deadline where source_type = 'report' and source_id = ?")
                .param(report).query(String.class).single()).isEqualTo("DONE_ONLY");
    }

    private Map<String, Object> openDuty(String source, long id) {
        return jdbc.sql("select due_on, warn_on, unit_id, employee_id from deadline"
                + " where source_type = ? and source_id = ? and done_at is null")
                .params(source, id).query().singleRow();
    }

    private int duties(long report) {
        return jdbc.sql("select count(*) from deadline where source_type = 'report' and source_id = ?")
                .param(report).query(Integer.class).single();
    }

    private int incompleteFor(long report) {
        return jdbc.sql("""
                select count(*) from event_publication
                 where listener_id = 'deadline.report-not-delivered' and completion_date is null
                   and serialized_event like ?""")
                .param("%\"reportId\":" + report + "%").query(Integer.class).single();
    }

    private int incomplete(String listener) {
        return jdbc.sql("select count(*) from event_publication where listener_id = ? and completion_date is null")
                .param(listener).query(Integer.class).single();
    }
}
