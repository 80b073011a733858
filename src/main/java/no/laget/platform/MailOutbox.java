package no.laget.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bookkeeping every e-mail outbox of Laget shares (deadline reminders, meeting invitations, family notices). Each
 * owner keeps its own table with the columns {@code status}, {@code attempts}, {@code next_attempt_at} and
 * {@code sent_at}, and claims its rows itself ({@code for update skip locked}, status SENDING, attempts + 1,
 * next_attempt_at = the lease's end), because what a row needs to become an e-mail differs. This class marks the
 * outcome the same way for all: SENT at once after the SMTP server took it (so at least once: a sender killed between
 * the two sends the e-mail again when the lease ends), a back-off after a failure, FAILED after
 * {@value #MAX_ATTEMPTS} attempts.
 */
public final class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    /** Rows claimed at a time. */
    public static final int BATCH = 50;
    public static final int MAX_ATTEMPTS = 5;
    /** How long a claimed row is left alone before another sender may take it (its sender died). */
    public static final Duration LEASE = Duration.ofMinutes(10);

    private final String table;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** {@code table} is the owner's outbox table; a constant of the code, never input. */
    public MailOutbox(String table, JdbcClient jdbc, Clock clock) {
        if (!table.matches("[a-z_]{1,63}")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.table = table;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** 1 minute after the first failure, then five times longer each time. */
    public static Duration backOff(int attempts) {
        return Duration.ofMinutes((long) Math.pow(5, Math.max(0, attempts - 1)));
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Ends a claimed row in {@code status} (SENT, FAILED, CANCELLED, ...), or makes it wait until {@code nextAttempt}. */
    public void mark(long id, String status, OffsetDateTime nextAttempt) {
        jdbc.sql("""
                update %s
                   set status = ?, sent_at = case when ? = 'SENT' then ? end,
                       next_attempt_at = coalesce(?, next_attempt_at)
                 where id = ? and status = 'SENDING'""".formatted(table))
                .params(status, status, now(), nextAttempt, id).update();
    }

    public void sent(long id) {
        mark(id, "SENT", null);
    }

    /**
     * After a failed attempt: tried again after {@link #backOff}, or FAILED after the last attempt. The log names the
     * row and the exception's type only: its message can quote the address.
     */
    public void failed(long id, int attempts, Exception why) {
        log.warn("E-mail {} in {} not sent (attempt {}): {}", id, table, attempts, why.getClass().getSimpleName());
        if (attempts >= MAX_ATTEMPTS) {
            mark(id, "FAILED", null);
        } else {
            mark(id, "PENDING", now().plus(backOff(attempts)));
        }
    }
}
