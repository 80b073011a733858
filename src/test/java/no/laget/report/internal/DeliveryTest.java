package no.laget.report.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import no.laget.platform.security.SignedInUser;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** Nothing is lost (docs/domain.md rule 25): a report is delivered exactly once, or the sender sees that it was not. */
@LagetTest
class DeliveryTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired SentReportRepository reportRows;
    @Autowired ReportOutboxRepository outbox;
    @Autowired ReportInboxRepository inboxes;
    @Autowired InboxReceiver inbox;
    @Autowired PlatformTransactionManager transactions;
    /** The reporter's duty, kept by the deadline module (deadline.internal.ReportClocks). */
    private static final String NOT_DELIVERED = "REPORT_NOT_DELIVERED";

    @Autowired ApplicationEventPublisher events;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired FiksSchema schema;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Down until a moment, then Laget's own inbox; counts what it took per report. */
    final class DownUntil implements ReportReceiver {
        final Instant upAt;
        final Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();
        final AtomicInteger refused = new AtomicInteger();

        DownUntil(Instant upAt) {
            this.upAt = upAt;
        }

        @Override
        public void deliver(OutgoingReport report) throws DeliveryFailure {
            if (clock.instant().isBefore(upAt)) {
                refused.incrementAndGet();
                throw new DeliveryFailure("CONNECTION_REFUSED", false);
            }
            inbox.deliver(report);
            received.computeIfAbsent(report.reportId(), id -> new AtomicInteger()).incrementAndGet();
        }
    }

    private DeliveryWorker worker(ReportReceiver receiver) {
        return new DeliveryWorker(outbox, reportRows, name -> receiver, clock, transactions, events,
                DeliveryPolicy.standard(), false);
    }

    @Test
    void a_receiver_down_for_an_hour_then_up_gets_each_report_exactly_once_and_the_sender_is_warned_meanwhile()
            throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(reports.save(laerer(), ReportTestData.command(ReportTestData.child())));
        }
        DownUntil receiver = new DownUntil(clock.instant().plus(Duration.ofHours(1)));
        DeliveryWorker worker = worker(receiver);

        boolean warnedWhileDown = false;
        for (int minute = 0; minute <= 100; minute++) {
            worker.deliverDue();
            if (minute == 40) {
                // three attempts have failed: the sender is told at once, in the menu, on the list and by a deadline
                for (long id : ids) {
                    assertThat(reportRows.delivery(id).orElseThrow().state()).isEqualTo("RETRYING");
                    assertThat(inboxes.inboxCount(id)).isZero();
                }
                mvc.perform(get("/reports/mine").with(as(accounts, "laerer")))
                        .andExpect(content().string(allOf(containsString("data-delivery-warning"),
                                containsString("Ikke levert!"), containsString("Mine meldinger – ikke levert!"),
                                not(containsString("Levert til barnevernet " + ids.getFirst())))));
                mvc.perform(get("/mine-frister").with(as(accounts, "laerer")))
                        .andExpect(bodyContains("Mine meldinger – ikke levert!",
                                "Ikke levert! Ring barnevernet"));
                assertThat(openDeadlines(ids.getFirst(), NOT_DELIVERED)).isEqualTo(1);
                warnedWhileDown = true;
            }
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(warnedWhileDown).isTrue();
        assertThat(receiver.refused.get()).isGreaterThanOrEqualTo(3 * 6);
        for (long id : ids) {
            SentReportRepository.Delivery delivered = reportRows.delivery(id).orElseThrow();
            assertThat(delivered.state()).isEqualTo("DELIVERED");
            assertThat(delivered.deliveredAt().toInstant()).isAfterOrEqualTo(receiver.upAt);
            assertThat(receiver.received.get(id).get()).isEqualTo(1);
            assertThat(inboxes.inboxCount(id)).isEqualTo(1);
            assertThat(openDeadlines(id, NOT_DELIVERED)).isZero();
        }
    }

    @Test
    void a_report_saved_just_before_the_application_died_is_delivered_by_the_next_worker() {
        // No worker runs in tests unless asked: this is the state a crash right after commit leaves.
        long id = reports.save(laerer(), ReportTestData.command(ReportTestData.child()));
        assertThat(reportRows.delivery(id).orElseThrow().state()).isEqualTo("SAVED");
        assertThat(jdbc.sql("select count(*) from report_outbox where report_id = ? and done_at is null").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(inboxes.inboxCount(id)).isZero();

        // "Restart": a fresh worker with the real receivers, and nothing but the database to go on.
        DeliveryWorker afterRestart = worker(inbox);
        afterRestart.deliverDue();
        afterRestart.deliverDue();

        assertThat(reportRows.delivery(id).orElseThrow().state()).isEqualTo("DELIVERED");
        assertThat(inboxes.inboxCount(id)).isEqualTo(1);
    }

    @Test
    void a_retry_after_a_timeout_that_had_in_fact_delivered_makes_no_second_inbox_entry() throws Exception {
        long id = reports.save(laerer(), ReportTestData.command(ReportTestData.child()));
        AtomicInteger calls = new AtomicInteger();
        // A remote receiver commits on its own: the first copy is stored in a transaction of its own, then the
        // answer is lost (a timeout), so the worker's savepoint cannot undo it.
        org.springframework.transaction.support.TransactionTemplate remote =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        remote.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        DeliveryWorker worker = worker(report -> {
            if (report.reportId() != id) {
                inbox.deliver(report);
                return;
            }
            remote.executeWithoutResult(status -> {
                try {
                    inbox.deliver(report);
                } catch (DeliveryFailure e) {
                    throw new IllegalStateException(e);
                }
            });
            if (calls.incrementAndGet() == 1) {
                throw new DeliveryFailure("TIMEOUT", false);
            }
        });

        worker.deliverDue();
        assertThat(reportRows.delivery(id).orElseThrow().state()).isEqualTo("RETRYING");
        assertThat(inboxes.inboxCount(id)).isEqualTo(1); // received, though the sender does not know it yet
        clock.advance(Duration.ofMinutes(2));
        worker.deliverDue();

        assertThat(calls.get()).isEqualTo(2);
        assertThat(reportRows.delivery(id).orElseThrow().state()).isEqualTo("DELIVERED");
        assertThat(inboxes.inboxCount(id)).isEqualTo(1);
        // the inbox itself refuses a copy, however often it is offered
        inbox.deliver(new OutgoingReport(id, reportRows.fiksJson(id)));
        inbox.deliver(new OutgoingReport(id, reportRows.fiksJson(id)));
        assertThat(inboxes.inboxCount(id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from access_grant where source_type = 'report' and source_id = ?")
                .param(id).query(Integer.class).single()).isEqualTo(2); // basic + child welfare, once
    }

    @Test
    void a_receivers_refusal_fails_the_report_for_good_and_the_sender_is_told() throws Exception {
        long id = reports.save(laerer(), ReportTestData.command(ReportTestData.child()));
        AtomicInteger calls = new AtomicInteger();
        DeliveryWorker worker = worker(report -> {
            if (report.reportId() == id) {
                calls.incrementAndGet();
                throw new DeliveryFailure("HTTP_422", true);
            }
            inbox.deliver(report);
        });

        worker.deliverDue();
        clock.advance(Duration.ofHours(2));
        worker.deliverDue();

        assertThat(calls.get()).isEqualTo(1);
        assertThat(reportRows.delivery(id).orElseThrow().state()).isEqualTo("FAILED");
        mvc.perform(get("/reports/{id}", id).with(as(accounts, "laerer")))
                .andExpect(content().string(allOf(containsString("data-delivery-warning"),
                        containsString("Ikke levert etter 1 forsøk"), not(containsString("Levert til barnevernet")))));
    }

    @Test
    void the_http_receiver_posts_the_fiks_json_with_the_report_id_as_idempotency_key_and_is_retried_after_5xx()
            throws Exception {
        long id = reports.save(laerer(), ReportTestData.command(ReportTestData.child()));
        List<String> keys = new CopyOnWriteArrayList<>();
        List<String> bodies = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/bekymringsmelding", exchange -> {
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = calls.incrementAndGet() <= 2 ? 503 : 201;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            HttpReportReceiver http = new HttpReportReceiver(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bekymringsmelding"),
                    Duration.ofSeconds(5));
            DeliveryWorker worker = worker(report -> {
                if (report.reportId() == id) {
                    http.deliver(report);
                } else {
                    inbox.deliver(report);
                }
            });
            worker.deliverDue();
            assertThat(reportRows.delivery(id).orElseThrow().state()).isEqualTo("RETRYING");
            clock.advance(Duration.ofMinutes(1));
            worker.deliverDue();
            clock.advance(Duration.ofMinutes(2));
            worker.deliverDue();

            assertThat(calls.get()).isEqualTo(3);
            assertThat(keys).containsOnly(String.valueOf(id));
            assertThat(schema.problems(bodies.getFirst())).isEmpty();
            assertThat(reportRows.delivery(id).orElseThrow().state()).isEqualTo("DELIVERED");
            assertThat(reportRows.delivery(id).orElseThrow().attempts()).isEqualTo(3);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void the_http_receiver_takes_409_as_already_received_and_4xx_as_a_refusal() throws IOException {
        AtomicInteger status = new AtomicInteger(409);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        try {
            HttpReportReceiver http = new HttpReportReceiver(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), Duration.ofSeconds(5));
            OutgoingReport report = new OutgoingReport(1, "{}");
            org.assertj.core.api.Assertions.assertThatCode(() -> http.deliver(report)).doesNotThrowAnyException();
            status.set(400);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> http.deliver(report))
                    .isInstanceOf(DeliveryFailure.class).matches(e -> ((DeliveryFailure) e).permanent());
            status.set(429);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> http.deliver(report))
                    .isInstanceOf(DeliveryFailure.class).matches(e -> !((DeliveryFailure) e).permanent());
        } finally {
            server.stop(0);
        }
    }

    private int openDeadlines(long reportId, String kind) {
        return jdbc.sql("""
                select count(*) from deadline where source_type = 'report' and source_id = ? and kind = ? and done_at is null""")
                .params(reportId, kind).query(Integer.class).single();
    }

    private SignedInUser laerer() {
        return fixtures.user("laerer");
    }
}
