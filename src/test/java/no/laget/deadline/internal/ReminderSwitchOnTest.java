package no.laget.deadline.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import no.laget.LagetApplication;
import no.laget.deadline.internal.DeadlineTestPeople.Person;
import no.laget.mywork.DeadlineState;
import no.laget.platform.time.Oslo;
import no.laget.support.MovableClock;
import no.laget.support.TestSupportConfig;
import no.laget.support.Mailbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail switched on after a while without it: an application with an SMTP server (GreenMail) whose clock is moved
 * back ten days, where deadlines are made and reminders planned but nothing is sent (e-mail off), then brought to
 * today and its jobs run. Only what is news today is e-mailed (docs: {@link ReminderNews}); no backlog.
 */
class ReminderSwitchOnTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() throws java.io.IOException {
        // A database of its own: on the suite's shared one, switching e-mail on would rightly mail every deadline
        // other tests left there that is news today (thousands), and the test is about which of its own are.
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory(
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target")), "reminder-switch-on-");
        node = new SpringApplicationBuilder(LagetApplication.class, TestSupportConfig.class)
                .profiles("demo", "test")
                .run("--laget.db.embedded-data-dir=" + data.toAbsolutePath(),
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--laget.mail.from=laget@example.no",
                        "--laget.reminders.plan-cron=-",
                        "--laget.reminders.send-cron=-",
                        "--server.port=0",
                        "--spring.jmx.enabled=false");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void switching_email_on_sends_only_what_is_news_today_around_the_switch_on_day() throws Exception {
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        Deadlines deadlines = node.getBean(Deadlines.class);
        MovableClock clock = node.getBean(MovableClock.class);
        ReminderJobs jobs = node.getBean(ReminderJobs.class);
        long unit = DeadlineTestPeople.unit(jdbc);
        LocalDate on = DeadlineState.today(clock);
        Map<String, Person> people = new LinkedHashMap<>();
        for (String name : List.of("overdueSinceToday", "overdueSinceYesterday", "overdueSinceTwoDays", "dueToday",
                "warnedYesterday", "warnedTwoDaysAgo", "doneDueToday", "longOverdue", "datedTodayLongOverdue",
                "oldDueBacklog", "upcoming")) {
            people.put(name, DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE"));
        }
        try {
            // ten days before the switch-on: the deadlines are made (and dated) then
            moveTo(clock, on.minusDays(10));
            schedule(deadlines, people.get("overdueSinceToday"), on.minusDays(1), null);
            schedule(deadlines, people.get("overdueSinceYesterday"), on.minusDays(2), null);
            schedule(deadlines, people.get("overdueSinceTwoDays"), on.minusDays(3), null);
            schedule(deadlines, people.get("dueToday"), on, on.minusDays(5));
            schedule(deadlines, people.get("warnedYesterday"), on.plusDays(5), on.minusDays(1));
            schedule(deadlines, people.get("warnedTwoDaysAgo"), on.plusDays(5), on.minusDays(2));
            long done = schedule(deadlines, people.get("doneDueToday"), on, null);
            schedule(deadlines, people.get("longOverdue"), on.minusDays(9), null);
            schedule(deadlines, people.get("oldDueBacklog"), on.minusDays(8), null);
            schedule(deadlines, people.get("upcoming"), on.plusDays(20), on.plusDays(5));
            // eight days before: e-mail was briefly on, a reminder was planned but never sent
            moveTo(clock, on.minusDays(8));
            jobs.planReminders();
            assertThat(status(jdbc, people.get("oldDueBacklog"))).containsExactly("PENDING");
            assertThat(status(jdbc, people.get("longOverdue"))).containsExactly("PENDING");

            // the switch-on day: one deadline is done, another is made today with a date long past
            moveTo(clock, on);
            deadlines.complete("test", done, "TEST_SWITCH_ON");
            schedule(deadlines, people.get("datedTodayLongOverdue"), on.minusDays(30), null);
            jobs.planReminders();
            jobs.sendReminders();
            jobs.planReminders();
            jobs.sendReminders();
        } finally {
            clock.reset();
        }

        Map<String, Integer> received = new LinkedHashMap<>();
        people.forEach((name, person) -> received.put(name, Mailbox.receivedBy(smtp, person.email()).size()));
        Map<String, Integer> expected = new LinkedHashMap<>();
        List.of("overdueSinceToday", "overdueSinceYesterday", "dueToday", "warnedYesterday", "datedTodayLongOverdue")
                .forEach(name -> expected.put(name, 1));
        people.keySet().forEach(name -> expected.putIfAbsent(name, 0));
        assertThat(received).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(status(jdbc, people.get("oldDueBacklog"))).containsExactly("CANCELLED");
        assertThat(status(jdbc, people.get("longOverdue"))).as("planned eight days ago, never sent")
                .containsExactly("CANCELLED");
        assertThat((String) Mailbox.receivedBy(smtp, people.get("dueToday").email()).getFirst().getContent()).contains("er i dag");
    }

    private static long schedule(Deadlines deadlines, Person person, LocalDate dueOn, LocalDate warnOn) {
        long source = System.nanoTime();
        deadlines.schedule(new DeadlineRequest("TEST_SWITCH_ON", "test", source, null, person.unitId(), person.id(),
                dueOn, warnOn, "/test"));
        return source;
    }

    private static List<String> status(JdbcClient jdbc, Person person) {
        return jdbc.sql("select status from deadline_mail where employee_id = ? order by id").param(person.id())
                .query(String.class).list();
    }

    /** Noon in Oslo on the day. */
    private static void moveTo(MovableClock clock, LocalDate day) {
        clock.set(day.atTime(12, 0).atZone(Oslo.ZONE).toInstant());
    }
}
