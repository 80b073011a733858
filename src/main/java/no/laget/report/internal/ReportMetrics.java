package no.laget.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.MeterRegistry;

import no.laget.platform.operations.DatabaseGauge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reports-of-concern outbox for the operator: how many reports wait for delivery, how long the oldest has
 * waited, and how many failed for good. Read from the database at each scrape, so every node tells the same.
 */
@Component
class ReportMetrics {

    ReportMetrics(MeterRegistry meters, JdbcClient jdbc, Clock clock) {
        DatabaseGauge.register(meters, "laget.report.outbox.depth", "Reports of concern not yet delivered", "reports",
                () -> jdbc.sql("select count(*) from report_outbox where done_at is null").query(Long.class).single());
        DatabaseGauge.register(meters,
                "laget.report.outbox.oldest.age", "Age of the oldest undelivered report of concern (0: none)",
                "seconds", () -> jdbc.sql("select min(created_at) from report_outbox where done_at is null")
                        .query(OffsetDateTime.class).optional()
                        .map(oldest -> Math.max(0, Duration.between(oldest,
                                OffsetDateTime.now(clock.withZone(ZoneOffset.UTC))).toSeconds()))
                        .orElse(0L));
        DatabaseGauge.register(meters,
                "laget.report.failed", "Reports of concern whose delivery failed for good", "reports",
                () -> jdbc.sql("select count(*) from report where state = 'FAILED'").query(Long.class).single());
    }
}
