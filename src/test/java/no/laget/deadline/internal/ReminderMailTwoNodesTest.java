package no.laget.deadline.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import no.laget.LagetApplication;
import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.deadline.internal.DeadlineTestPeople.Person;
import no.laget.mywork.DeadlineState;
import no.laget.platform.security.SignedInUser;
import no.laget.support.TestChildren;
import no.laget.support.TestSupportConfig;
import no.laget.support.Mailbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances against the same database, both with e-mail on, run the reminder jobs at the same time
 * and again afterwards: an SMTP server in the test (GreenMail) receives each reminder once, and it names no child.
 */
class ReminderMailTwoNodesTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        first = node();
        second = node();
    }

    @AfterAll
    static void stopThem() {
        if (second != null) second.close();
        if (first != null) first.close();
    }

    @Test
    void both_nodes_run_the_jobs_at_once_and_the_reminder_is_sent_once() throws Exception {
        Person me = DeadlineTestPeople.employee(jdbc(), DeadlineTestPeople.unit(jdbc()), "EMPLOYEE");
        String given = TestChildren.familyName();
        String family = TestChildren.familyName();
        long child = first.getBean(Children.class).register(user(me),
                ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", given, family, "2018-05-02", "", "2022-08-15", "Går hos oss")).servedChild();
        LocalDate today = DeadlineState.today(java.time.Clock.systemUTC());
        first.getBean(Deadlines.class).schedule(new DeadlineRequest("CONSENT_EXPIRY", "test", System.nanoTime(), child,
                null, me.id(), today.minusDays(1), today.minusDays(31), "/children/" + child + "/consents"));

        together(() -> {
            ReminderJobs jobs = first.getBean(ReminderJobs.class);
            jobs.planReminders();
            return jobs.sendReminders();
        }, () -> {
            ReminderJobs jobs = second.getBean(ReminderJobs.class);
            jobs.planReminders();
            return jobs.sendReminders();
        });
        for (ConfigurableApplicationContext node : List.of(first, second, first)) {
            node.getBean(ReminderJobs.class).planReminders();
            node.getBean(ReminderJobs.class).sendReminders();
        }

        List<MimeMessage> mine = Mailbox.receivedBy(smtp, me.email());
        assertThat(mine).hasSize(1);
        MimeMessage mail = mine.getFirst();
        String body = (String) mail.getContent(); // decoded: a name split by a quoted-printable line break is found too
        assertThat(mail.getSubject()).isEqualTo("Du har en frist i Laget");
        assertThat(body).contains("har gått ut", "https://laget.example.no/mine-frister");
        assertThat(GreenMailUtil.getHeaders(mail)).doesNotContain(given, family);
        assertThat(mail.getSubject() + body).doesNotContain(given, family, "/children/", "Samtykke");
        assertThat(jdbc().sql("select status from deadline_mail where employee_id = ?").param(me.id())
                .query(String.class).list()).containsExactly("SENT");
    }

    @Test
    void without_the_lock_the_unique_reminder_and_skip_locked_still_send_once() throws Exception {
        Person me = DeadlineTestPeople.employee(jdbc(), DeadlineTestPeople.unit(jdbc()), "EMPLOYEE");
        LocalDate today = DeadlineState.today(java.time.Clock.systemUTC());
        first.getBean(Deadlines.class).schedule(new DeadlineRequest("TEST_TWO_NODES", "test", System.nanoTime(), null,
                null, me.id(), today, null, "/test"));

        Callable<Integer> firstNode = () -> {
            first.getBean(ReminderPlanner.class).plan();
            return first.getBean(ReminderSender.class).sendWaiting(first.getBean(JavaMailSender.class));
        };
        Callable<Integer> secondNode = () -> {
            second.getBean(ReminderPlanner.class).plan();
            return second.getBean(ReminderSender.class).sendWaiting(second.getBean(JavaMailSender.class));
        };
        together(firstNode, secondNode);
        together(firstNode, secondNode);

        assertThat(Mailbox.receivedBy(smtp, me.email())).hasSize(1);
    }

    @Test
    void a_node_that_finds_the_lock_taken_skips_the_run() {
        Person me = DeadlineTestPeople.employee(jdbc(), DeadlineTestPeople.unit(jdbc()), "EMPLOYEE");
        LocalDate today = DeadlineState.today(java.time.Clock.systemUTC());
        first.getBean(Deadlines.class).schedule(new DeadlineRequest("TEST_LOCKED", "test", System.nanoTime(), null,
                null, me.id(), today, null, "/test"));
        ReminderJobs jobs = second.getBean(ReminderJobs.class);
        jobs.planReminders();
        jdbc().sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('deadline-reminders-send', timezone('utc', now()) + interval '5 minutes', timezone('utc', now()),
                        'another-node')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""")
                .update();
        try {
            assertThat(jobs.sendReminders()).as("skipped: another node holds the lock").isNull();
            assertThat(Mailbox.receivedBy(smtp, me.email())).isEmpty();
        } finally {
            jdbc().sql("update shedlock set lock_until = timezone('utc', now()) where name = 'deadline-reminders-send'")
                    .update();
        }
        assertThat(jobs.sendReminders()).isNotNull().isPositive();
        assertThat(Mailbox.receivedBy(smtp, me.email())).hasSize(1);
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(LagetApplication.class, TestSupportConfig.class)
                .profiles("demo", "test")
                // as command-line arguments, which win over application.properties
                .run("--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--laget.mail.from=laget@example.no",
                        "--laget.base-url=https://laget.example.no/",
                        // the test runs the jobs itself
                        "--laget.reminders.plan-cron=-",
                        "--laget.reminders.send-cron=-",
                        "--server.port=0",
                        "--spring.jmx.enabled=false");
    }

    @SafeVarargs
    private static void together(Callable<Integer>... nodes) throws Exception {
        CyclicBarrier start = new CyclicBarrier(nodes.length);
        ExecutorService threads = Executors.newFixedThreadPool(nodes.length);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> node : nodes) {
                results.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return node.call();
                }));
            }
            for (Future<Integer> result : results) {
                result.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static JdbcClient jdbc() {
        return first.getBean(JdbcClient.class);
    }

    private static SignedInUser user(Person person) {
        return (SignedInUser) first.getBean(UserDetailsService.class).loadUserByUsername(person.username());
    }
}
