package no.laget.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reports-of-concern outbox for the operator: how many reports wait for delivery, how long the oldest has
 * waited, and how many failed for good. Read from the database at each scrape, so every node tells the same.
 */
@Component
class ReportMetrics {

    ReportMetrics(MeterRegistry meters, JdbcClient jdbc, Clock clock) {
        gauge(meters, "laget.report.outbox.depth", "Reports of concern not yet delivered", "reports",
                () -> jdbc.sql("select count(*) from report_outbox where done_at is null").query(Long.class).single());
        gauge(meters, "laget.report.outbox.oldest.age", "Age of the oldest undelivered report of concern (0: none)",
                "seconds", () -> jdbc.sql("select min(created_at) from report_outbox where done_at is null")
                        .query(OffsetDateTime.class).optional()
                        .map(oldest -> Math.max(0, Duration.between(oldest,
                                OffsetDateTime.now(clock.withZone(ZoneOffset.UTC))).toSeconds()))
                        .orElse(0L));
        gauge(meters, "laget.report.failed", "Reports of concern whose delivery failed for good", "reports",
                () -> jdbc.sql("select count(*) from report where state = 'FAILED'").query(Long.class).single());
    }

    private static void gauge(MeterRegistry meters, String name, String description, String unit,
            Supplier<Number> value) {
        Gauge.builder(name, () -> {
            try {
                return value.get();
            } catch (DataAccessException unreachable) {
                return Double.NaN; // readiness says the database is down; the gauge has no value to give
            }
        }).description(description).baseUnit(unit).strongReference(true).register(meters);
    }
}
