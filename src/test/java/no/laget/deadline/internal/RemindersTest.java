package no.laget.deadline.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.laget.access.AccessDoor;
import no.laget.platform.MailOutbox;
import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.deadline.internal.DeadlineTestPeople.Person;
import no.laget.mywork.DeadlineState;
import no.laget.platform.MailOutbox;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning and sending reminders in the shared test context, where e-mail is off: the jobs are not scheduled here,
 * so the tests call the planner and the sender themselves, the sender with a recording stand-in for SMTP.
 */
@LagetTest
class RemindersTest {

    @Autowired ReminderPlanner planner;
    @Autowired ReminderSender sender;
    @Autowired Deadlines deadlines;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired UserDetailsService accounts;
    @Autowired(required = false) ReminderJobs jobs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void without_an_smtp_host_no_reminder_job_is_scheduled() {
        assertThat(jobs).isNull();
    }

    @Test
    void warned_due_and_overdue_deadlines_are_planned_once_each_in_the_state_they_are_in() {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person me = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        long upcoming = schedule(null, me.id(), today.plusDays(10), today.plusDays(5));
        long warnedToday = schedule(null, me.id(), today.plusDays(3), today);
        long due = schedule(null, me.id(), today, today.minusDays(3));
        long overdue = schedule(null, me.id(), today.minusDays(1), today.minusDays(3));
        long done = schedule(null, me.id(), today.minusDays(1), null);
        deadlines.complete("test", done, "TEST_REMINDER");

        planner.plan();
        planner.plan();

        assertThat(reminders(upcoming)).isEmpty();
        assertThat(reminders(warnedToday)).containsExactly("WARNED");
        assertThat(reminders(due)).containsExactly("DUE");
        assertThat(reminders(overdue)).containsExactly("OVERDUE");
        assertThat(reminders(done)).isEmpty();
        assertThat(mailsTo(me.id())).isEqualTo(3);
    }

    @Test
    void as_the_days_pass_a_deadline_is_reminded_when_warned_when_due_and_when_overdue() {
        Person me = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        LocalDate start = DeadlineState.today(clock);
        long source = schedule(null, me.id(), start.plusDays(2), start.plusDays(1));

        planner.plan();
        assertThat(reminders(source)).isEmpty();
        for (int day = 1; day <= 4; day++) {
            moveTo(start.plusDays(day));
            planner.plan();
            planner.plan();
        }

        assertThat(reminders(source)).containsExactlyInAnyOrder("WARNED", "DUE", "OVERDUE");
        assertThat(mailsTo(me.id())).isEqualTo(3);
    }

    @Test
    void a_units_deadline_goes_to_its_leaders_or_without_a_leader_to_those_who_work_with_children() {
        long led = DeadlineTestPeople.unit(jdbc);
        Person leader = DeadlineTestPeople.employee(jdbc, led, "EMPLOYEE", "UNIT_LEADER");
        Person staff = DeadlineTestPeople.employee(jdbc, led, "EMPLOYEE");
        long unled = DeadlineTestPeople.unit(jdbc);
        Person first = DeadlineTestPeople.employee(jdbc, unled, "EMPLOYEE");
        Person second = DeadlineTestPeople.employee(jdbc, unled, "CHILD_WELFARE_INTAKE");
        Person administrator = DeadlineTestPeople.employee(jdbc, unled, "ADMINISTRATOR", "EMPLOYEE");
        Person inactive = DeadlineTestPeople.employee(jdbc, unled, "EMPLOYEE");
        jdbc.sql("update employee set active = false where id = ?").param(inactive.id()).update();
        LocalDate today = DeadlineState.today(clock);
        schedule(led, null, today, null);
        schedule(unled, null, today, null);

        planner.plan();

        assertThat(mailsTo(leader.id())).isEqualTo(1);
        assertThat(mailsTo(staff.id())).isZero();
        assertThat(mailsTo(first.id())).isEqualTo(1);
        assertThat(mailsTo(second.id())).isEqualTo(1);
        assertThat(mailsTo(administrator.id())).isZero();
        assertThat(mailsTo(inactive.id())).isZero();
    }

    @Test
    void scheduling_a_deadline_again_with_new_dates_forgets_its_reminders() {
        Person me = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        long source = schedule(null, me.id(), today.minusDays(1), null);
        planner.plan();
        assertThat(reminders(source)).containsExactly("OVERDUE");

        deadlines.schedule(request(source, null, me.id(), today.minusDays(1), null));
        assertThat(reminders(source)).as("same dates: nothing forgotten").containsExactly("OVERDUE");

        deadlines.schedule(request(source, null, me.id(), today.plusDays(5), today));
        planner.plan();
        assertThat(reminders(source)).containsExactly("WARNED");
    }

    @Test
    void the_email_says_only_that_a_deadline_is_there_and_links_to_the_deadlines_page() {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person me = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        String given = TestChildren.familyName();
        String family = TestChildren.familyName();
        long child = children.register(user(me.username()), ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", given, family, "2018-05-02", "", "2022-08-15", "Går hos oss")).servedChild();
        LocalDate today = DeadlineState.today(clock);
        deadlines.schedule(new DeadlineRequest("CONSENT_EXPIRY", "test", System.nanoTime(), child, null, me.id(),
                today, today.minusDays(30), "/children/" + child + "/consents"));
        planner.plan();
        RecordingSender smtp = new RecordingSender(List.of());

        sender.sendWaiting(smtp);
        sender.sendWaiting(smtp);

        List<SimpleMailMessage> mine = smtp.to(me.email());
        assertThat(mine).hasSize(1);
        SimpleMailMessage mail = mine.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Du har en frist i Laget");
        assertThat(mail.getText()).contains("er i dag", "http://localhost:8080/mine-frister")
                .doesNotContain(given, family, "Samtykke", "/children", String.valueOf(child), "Frist Testansatt");
        assertThat(mail.getSubject()).doesNotContain(given, family);
        assertThat(status(me.id())).containsExactly("SENT");
    }

    @Test
    void a_failed_send_is_tried_again_after_a_back_off_and_given_up_after_five_attempts() {
        Person me = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        schedule(null, me.id(), today.minusDays(1), null);
        planner.plan();
        RecordingSender failing = new RecordingSender(List.of(me.email()));

        sender.sendWaiting(failing);
        assertThat(attempts(me.id())).isEqualTo(1);
        assertThat(status(me.id())).containsExactly("PENDING");
        sender.sendWaiting(failing);
        assertThat(attempts(me.id())).as("not before the back-off has passed").isEqualTo(1);

        for (int attempt = 2; attempt <= 5; attempt++) {
            clock.advance(MailOutbox.backOff(attempt - 1).plusSeconds(1));
            sender.sendWaiting(failing);
            assertThat(attempts(me.id())).isEqualTo(attempt);
        }
        assertThat(status(me.id())).containsExactly("FAILED");
        clock.advance(Duration.ofDays(1));
        sender.sendWaiting(failing);
        assertThat(attempts(me.id())).isEqualTo(5);
        assertThat(failing.to(me.email())).isEmpty();
    }

    @Test
    void a_reminder_whose_deadline_was_done_before_sending_is_not_sent() {
        Person me = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        long source = schedule(null, me.id(), today, null);
        planner.plan();
        deadlines.complete("test", source, "TEST_REMINDER");
        RecordingSender smtp = new RecordingSender(List.of());

        sender.sendWaiting(smtp);

        assertThat(smtp.to(me.email())).isEmpty();
        assertThat(status(me.id())).containsExactly("CANCELLED");
    }

    @Test
    void a_sender_that_died_while_sending_leaves_the_row_to_be_sent_again_when_its_lease_ends() {
        Person me = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        schedule(null, me.id(), today, null);
        planner.plan();
        // as a claim leaves it: SENDING, one attempt, leased for ten minutes from now
        jdbc.sql("""
                update deadline_mail set status = 'SENDING', attempts = 1, claimed_at = now(),
                       next_attempt_at = now() + interval '10 minutes' where employee_id = ?""").param(me.id()).update();
        RecordingSender smtp = new RecordingSender(List.of());

        sender.sendWaiting(smtp);
        assertThat(smtp.to(me.email())).as("still leased").isEmpty();
        clock.advance(MailOutbox.LEASE.plusMinutes(1));
        sender.sendWaiting(smtp);

        assertThat(smtp.to(me.email())).hasSize(1);
        assertThat(attempts(me.id())).isEqualTo(2);
        assertThat(status(me.id())).containsExactly("SENT");
    }

    @Test
    void the_back_off_grows_five_times_per_attempt() {
        assertThat(MailOutbox.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.backOff(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(MailOutbox.backOff(4)).isEqualTo(Duration.ofMinutes(125));
    }

    private long schedule(Long unitId, Long employeeId, LocalDate dueOn, LocalDate warnOn) {
        long source = System.nanoTime();
        deadlines.schedule(request(source, unitId, employeeId, dueOn, warnOn));
        return source;
    }

    private static DeadlineRequest request(long source, Long unitId, Long employeeId, LocalDate dueOn, LocalDate warnOn) {
        return new DeadlineRequest("TEST_REMINDER", "test", source, null, unitId, employeeId, dueOn, warnOn, "/test");
    }

    private List<String> reminders(long source) {
        return jdbc.sql("""
                select r.state from deadline_reminder r join deadline d on d.id = r.deadline_id
                 where d.source_type = 'test' and d.source_id = ? order by r.id""")
                .param(source).query(String.class).list();
    }

    private int mailsTo(long employeeId) {
        return jdbc.sql("select count(*) from deadline_mail where employee_id = ?").param(employeeId)
                .query(Integer.class).single();
    }

    private List<String> status(long employeeId) {
        return jdbc.sql("select status from deadline_mail where employee_id = ?").param(employeeId)
                .query(String.class).list();
    }

    private int attempts(long employeeId) {
        return jdbc.sql("select attempts from deadline_mail where employee_id = ?").param(employeeId)
                .query(Integer.class).single();
    }

    /** Noon in Oslo on the day: whatever the time of the run, the date is the one meant. */
    private void moveTo(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(12, 0).atZone(Oslo.ZONE).toInstant()));
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    /** Stands in for the SMTP server: keeps what is sent, and refuses the addresses it is told to. */
    static final class RecordingSender extends JavaMailSenderImpl {

        private final List<String> refused;
        private final List<SimpleMailMessage> sent = new ArrayList<>();

        RecordingSender(List<String> refused) {
            this.refused = refused;
        }

        @Override
        public synchronized void send(SimpleMailMessage... messages) {
            for (SimpleMailMessage message : messages) {
                String to = message.getTo()[0];
                if (refused.contains(to)) {
                    throw new MailSendException(Map.of(message, new RuntimeException("refused")));
                }
                sent.add(message);
            }
        }

        synchronized List<SimpleMailMessage> to(String address) {
            return sent.stream().filter(m -> List.of(m.getTo()).contains(address)).toList();
        }
    }
}
