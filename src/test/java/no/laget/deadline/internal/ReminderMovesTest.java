package no.laget.deadline.internal;

import java.time.LocalDate;
import java.util.List;

import no.laget.access.AccessDoor;
import no.laget.casework.internal.AddMeasure;
import no.laget.casework.CaseCommands;
import no.laget.casework.Cases;
import no.laget.casework.internal.Handovers;
import no.laget.casework.internal.OpenCase;
import no.laget.casework.RelayCase;
import no.laget.casework.internal.RelayLog;
import no.laget.casework.internal.Responsible;
import no.laget.deadline.internal.DeadlineTestPeople.Person;
import no.laget.deadline.internal.RemindersTest.RecordingSender;
import no.laget.mywork.DeadlineState;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deadline that moves to someone else takes its reminders along: the old holder's waiting e-mails are cancelled,
 * the new holder gets them, and nothing more goes to the old one. Through the deadline engine, and through casework
 * (a hand-over accepted, a measure given to someone else).
 */
@LagetTest
class ReminderMovesTest {

    @Autowired Deadlines deadlines;
    @Autowired ReminderPlanner planner;
    @Autowired ReminderSender sender;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Handovers handovers;
    @Autowired ChildFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void reassigning_cancels_the_old_holders_waiting_mail_and_the_new_one_gets_it_and_the_reminders_after_it() {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person old = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        Person next = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        moveTo(today, 10);
        long source = schedule(unit, old.id(), today, today.minusDays(2));
        planner.plan();
        assertThat(mails(old)).containsExactly("DUE:PENDING");

        assertThat(deadlines.reassign("test", source, next.unitId(), next.id())).isEqualTo(1);
        assertThat(deadlines.reassign("test", source, next.unitId(), next.id())).as("already there").isZero();

        assertThat(mails(old)).containsExactly("DUE:CANCELLED");
        assertThat(mails(next)).containsExactly("DUE:PENDING");
        RecordingSender smtp = new RecordingSender(List.of());
        sender.sendWaiting(smtp);
        moveTo(today.plusDays(1), 10);
        planner.plan();
        sender.sendWaiting(smtp);
        assertThat(smtp.to(old.email())).isEmpty();
        assertThat(smtp.to(next.email())).hasSize(2);
        assertThat(mails(next)).containsExactly("DUE:SENT", "OVERDUE:SENT");
    }

    @Test
    void an_email_already_sent_stays_sent_and_a_duty_scheduled_again_on_another_person_moves_what_waits() {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person old = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        Person next = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        moveTo(today, 10);
        long source = schedule(unit, old.id(), today.plusDays(3), today);
        planner.plan();
        RecordingSender smtp = new RecordingSender(List.of());
        sender.sendWaiting(smtp);
        assertThat(mails(old)).containsExactly("WARNED:SENT");
        moveTo(today.plusDays(3), 10);
        planner.plan();
        assertThat(mails(old)).containsExactly("WARNED:SENT", "DUE:PENDING");

        // as casework does when a measure's responsible changes: the same dates, another person
        deadlines.schedule(request(source, unit, next.id(), today.plusDays(3), today));

        assertThat(mails(old)).containsExactly("WARNED:SENT", "DUE:CANCELLED");
        assertThat(mails(next)).containsExactly("DUE:PENDING");
        sender.sendWaiting(smtp);
        assertThat(smtp.to(old.email())).hasSize(1);
        assertThat(smtp.to(next.email())).hasSize(1);
    }

    @Test
    void a_units_duty_given_to_one_person_goes_from_the_units_leader_to_that_person() {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person leader = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE", "UNIT_LEADER");
        Person holder = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        long source = schedule(unit, null, today, null);
        planner.plan();
        assertThat(mails(leader)).containsExactly("DUE:PENDING");

        deadlines.reassign("test", source, unit, holder.id());

        assertThat(mails(leader)).containsExactly("DUE:CANCELLED");
        assertThat(mails(holder)).containsExactly("DUE:PENDING");
    }

    @Test
    void an_email_to_someone_the_deadline_no_longer_rests_on_is_cancelled_when_sending_whatever_moved_it() {
        Person old = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        Person next = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        long source = schedule(null, old.id(), today, null);
        planner.plan();
        jdbc.sql("update deadline set employee_id = ? where source_type = 'test' and source_id = ?")
                .params(next.id(), source).update();
        RecordingSender smtp = new RecordingSender(List.of());

        sender.sendWaiting(smtp);

        assertThat(smtp.to(old.email())).isEmpty();
        assertThat(mails(old)).containsExactly("DUE:CANCELLED");
    }

    @Test
    void a_hand_over_accepted_and_a_measure_given_to_someone_else_move_their_reminders_in_casework() {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person first = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        Person second = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        moveTo(today, 10);
        long child = fixtures.childOf(first.username(), TestChildren.familyName());
        // a consent that runs out in ten days: its expiry is warned today
        long consent = fixtures.consent(first.username(), child, unit, today.minusDays(1), today.plusDays(10),
                "RELAY_LOG");
        long caseId = cases.open(user(first), child, OpenCase.atLevel1(first.id(), null));
        relayLog.addMeasure(user(first), caseId, CaseCommands.measure("Samtaler", first.id(),
                today.minusDays(10), today));
        planner.plan();
        assertThat(mails(first, "consent", consent)).containsExactly("WARNED:PENDING");
        long measure = cases.get(user(first), caseId).measures().getFirst().id();
        assertThat(mails(first, "case_measure", measure)).containsExactly("DUE:PENDING");

        handovers.offer(user(first), caseId, CaseCommands.handoverTo(second.id()));
        assertThat(mails(first, "consent", consent)).as("an offer moves nothing").containsExactly("WARNED:PENDING");
        handovers.accept(user(second), caseId);

        assertThat(mails(first, "consent", consent)).containsExactly("WARNED:CANCELLED");
        assertThat(mails(second, "consent", consent)).containsExactly("WARNED:PENDING");

        RelayCase.Measure m = cases.get(user(second), caseId).measures().getFirst();
        relayLog.changeMeasure(user(second), caseId, m.id(), new AddMeasure(m.what(), Responsible.employee(second.id()),
                m.startsOn(), m.evaluateOn(), m.version()));

        assertThat(mails(first, "case_measure", measure)).containsExactly("DUE:CANCELLED");
        assertThat(mails(second, "case_measure", measure)).containsExactly("DUE:PENDING");
        RecordingSender smtp = new RecordingSender(List.of());
        sender.sendWaiting(smtp);
        assertThat(smtp.to(first.email())).isEmpty();
        assertThat(smtp.to(second.email())).hasSize(2);
    }

    // ---------------------------------------------------------------- helpers

    private long schedule(Long unitId, Long employeeId, LocalDate dueOn, LocalDate warnOn) {
        long source = System.nanoTime();
        deadlines.schedule(request(source, unitId, employeeId, dueOn, warnOn));
        return source;
    }

    private static DeadlineRequest request(long source, Long unitId, Long employeeId, LocalDate dueOn, LocalDate warnOn) {
        return new DeadlineRequest("TEST_MOVE", "test", source, null, unitId, employeeId, dueOn, warnOn, "/test");
    }

    /** "STATE:STATUS" of every e-mail to the person, in the order planned. */
    private List<String> mails(Person person) {
        return jdbc.sql("""
                select r.state || ':' || m.status from deadline_mail m join deadline_reminder r on r.id = m.reminder_id
                 where m.employee_id = ? order by m.id""").param(person.id()).query(String.class).list();
    }

    private List<String> mails(Person person, String sourceType, long sourceId) {
        return jdbc.sql("""
                select r.state || ':' || m.status from deadline_mail m join deadline_reminder r on r.id = m.reminder_id
                  join deadline d on d.id = r.deadline_id
                 where m.employee_id = ? and d.source_type = ? and d.source_id = ? order by m.id""")
                .params(person.id(), sourceType, sourceId).query(String.class).list();
    }

    private SignedInUser user(Person person) {
        return (SignedInUser) accounts.loadUserByUsername(person.username());
    }

    /** The hour in Oslo on the day. */
    private void moveTo(LocalDate day, int hour) {
        clock.set(day.atTime(hour, 0).atZone(Oslo.ZONE).toInstant());
    }
}
