package no.laget.deadline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.MeterRegistry;

import no.laget.platform.operations.DatabaseGauge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reminder e-mail outbox ({@code deadline_mail}) for the operator: how many e-mails wait, and how far behind
 * the oldest one that is due is (the reminder lag). Read from the database at each scrape.
 */
@Component
class ReminderMetrics {

    ReminderMetrics(MeterRegistry meters, JdbcClient jdbc, Clock clock) {
        DatabaseGauge.register(meters, "laget.reminder.outbox.depth", "Reminder e-mails not yet sent", "mails",
                () -> jdbc.sql("select count(*) from deadline_mail where status in ('PENDING', 'SENDING')")
                        .query(Long.class).single());
        DatabaseGauge.register(meters,
                "laget.reminder.lag", "How long the oldest due reminder e-mail has waited past its time (0: none)",
                "seconds", () -> {
                    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
                    return jdbc.sql("""
                            select min(next_attempt_at) from deadline_mail
                             where status in ('PENDING', 'SENDING') and next_attempt_at <= ?""")
                            .param(now).query(OffsetDateTime.class).optional()
                            .map(oldest -> Math.max(0, Duration.between(oldest, now).toSeconds())).orElse(0L);
                });
        DatabaseGauge.register(meters, "laget.reminder.failed", "Reminder e-mails that failed for good", "mails",
                () -> jdbc.sql("select count(*) from deadline_mail where status = 'FAILED'")
                        .query(Long.class).single());
    }
}
