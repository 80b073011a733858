package no.laget.archive.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.InvalidInputException;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An extract job left RUNNING by a node that died: once its heartbeat is older than the lease (five minutes), the next
 * page or job request marks it FAILED with a message that says why, and a new extract can start; a job whose node
 * still beats is left alone.
 */
@LagetTest
class ExtractJobRecoveryTest {

    @Autowired ExtractJobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired ChildFixtures fixtures;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    SignedInUser admin;
    String today;

    @BeforeEach
    void arrange() {
        clock.reset();
        admin = fixtures.user("admin");
        today = LocalDate.now(clock.withZone(Oslo.ZONE)).toString();
    }

    @AfterEach
    void noJobLeftRunning() {
        jdbc.sql("update archive_extract_job set status = 'FAILED', message = 'test' where status = 'RUNNING'").update();
        clock.reset();
    }

    /** A job as a node that then died would have left it: RUNNING, its last heartbeat now. */
    private long leftRunning() {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        return jdbc.sql("""
                insert into archive_extract_job (period_from, period_to, directory, status, records_total, records_done,
                    started_by, started_at, heartbeat_at)
                values (?, ?, '/tmp/laget-test-dead-node', 'RUNNING', 100, 40, ?, ?, ?) returning id""")
                .params(LocalDate.parse(today), LocalDate.parse(today), admin.employeeId(), now, now)
                .query(Long.class).single();
    }

    private ExtractJobs.Status statusOf(long id) {
        return jobs.get(id).orElseThrow().status();
    }

    @Test
    void a_job_whose_node_died_is_marked_failed_once_the_lease_has_passed_and_a_new_extract_can_start()
            throws Exception {
        long dead = leftRunning();

        assertThatThrownBy(() -> jobs.start(admin, today, today)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.messageKey()).containsExactly("archive.extract.running"));
        // the clock goes on ticking from where it is moved: ten seconds short of the lease is safely inside it
        clock.advance(Duration.ofMinutes(5).minusSeconds(10));
        mvc.perform(get("/admin/arkivuttrekk/{id}", dead).with(as(accounts, "admin"))).andExpect(status().isOk());
        assertThat(statusOf(dead)).as("just inside the lease").isEqualTo(ExtractJobs.Status.RUNNING);

        clock.advance(Duration.ofSeconds(10));
        String page = mvc.perform(get("/admin/arkivuttrekk").with(as(accounts, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        ExtractJobs.Job job = jobs.get(dead).orElseThrow();
        assertThat(job.status()).isEqualTo(ExtractJobs.Status.FAILED);
        assertThat(job.finishedAt()).isAfter(job.startedAt().plusMinutes(5)).isBeforeOrEqualTo(OffsetDateTime.now(clock));
        assertThat(job.message()).startsWith("Uttrekket stoppet fordi serveren som laget det, sluttet å svare");
        assertThat(page).contains("Ble ikke laget", "sluttet å svare");
        String jobPage = mvc.perform(get("/admin/arkivuttrekk/{id}", dead).with(as(accounts, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(jobPage).contains("Uttrekket ble ikke laget", "Start et nytt uttrekk").doesNotContain("hx-trigger");

        long next = jobs.start(admin, today, today);
        await().atMost(Duration.ofMinutes(2)).until(() -> statusOf(next) != ExtractJobs.Status.RUNNING);
        assertThat(statusOf(next)).isEqualTo(ExtractJobs.Status.DONE);
        assertThat(statusOf(dead)).isEqualTo(ExtractJobs.Status.FAILED);
    }

    @Test
    void a_job_whose_node_still_beats_is_left_running_and_is_recovered_once_the_beats_stop() {
        long alive = leftRunning();
        clock.advance(Duration.ofMinutes(4));
        jobs.beat(alive);
        clock.advance(Duration.ofMinutes(4));

        jobs.recoverAbandoned();
        assertThat(statusOf(alive)).as("8 minutes after the start, 4 after the last beat").isEqualTo(ExtractJobs.Status.RUNNING);

        clock.advance(Duration.ofMinutes(2));
        assertThat(jobs.recoverAbandoned()).isEqualTo(1);
        assertThat(statusOf(alive)).isEqualTo(ExtractJobs.Status.FAILED);
        assertThat(jobs.recoverAbandoned()).as("once").isZero();
    }
}
