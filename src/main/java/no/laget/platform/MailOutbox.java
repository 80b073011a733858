package no.laget.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bookkeeping every e-mail outbox of Laget shares (deadline reminders, meeting invitations, family notices). Each
 * owner keeps its own table with the columns {@code status}, {@code attempts}, {@code next_attempt_at} and
 * {@code sent_at}, and says itself what a claimed row needs to become an e-mail (its own tables, read in the claim's
 * statement). This class claims the same way for all: a batch in a short transaction with {@code for update skip
 * locked} (two senders never take the same row), marked SENDING with one more attempt and a lease; and it marks the
 * outcome the same way: SENT at once after the SMTP server took it (so at least once: a sender killed between the two
 * sends the e-mail again when the lease ends), a back-off after a failure, FAILED after {@value #MAX_ATTEMPTS}
 * attempts.
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
    private final TransactionTemplate transaction;
    private final boolean notesClaimedAt;

    /** {@code table} is the owner's outbox table; a constant of the code, never input. */
    public MailOutbox(String table, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this(table, jdbc, clock, new TransactionTemplate(transactions), false);
    }

    private MailOutbox(String table, JdbcClient jdbc, Clock clock, TransactionTemplate transaction,
            boolean notesClaimedAt) {
        if (!table.matches("[a-z_]{1,63}")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.table = table;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = transaction;
        this.notesClaimedAt = notesClaimedAt;
    }

    /** The same outbox, also writing when a row was claimed into the table's {@code claimed_at} (the reminders keep it). */
    public MailOutbox notingClaimedAt() {
        return new MailOutbox(table, jdbc, clock, transaction, true);
    }

    /** 1 minute after the first failure, then five times longer each time. */
    public static Duration backOff(int attempts) {
        return Duration.ofMinutes((long) Math.pow(5, Math.max(0, attempts - 1)));
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * The waiting rows, a batch at a time, each claimed in its own transaction when the loop asks for it; the last
     * batch is the first that is not full (it may be empty). {@code read} is the owner's query over {@code claimed},
     * the rows just claimed with all their columns (their {@code attempts} counting this one), joining what else the
     * e-mail needs from the owner's tables.
     */
    public <T> Iterable<List<T>> batches(String read, RowMapper<T> rows) {
        return () -> new Iterator<>() {
            private boolean more = true;

            @Override
            public boolean hasNext() {
                return more;
            }

            @Override
            public List<T> next() {
                if (!more) {
                    throw new NoSuchElementException();
                }
                List<T> batch = transaction.execute(status -> claim(read, rows));
                more = batch.size() >= BATCH;
                return batch;
            }
        };
    }

    private <T> List<T> claim(String read, RowMapper<T> rows) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                with waiting as (
                    select m.id from %1$s m
                     where m.status in ('PENDING', 'SENDING') and m.next_attempt_at <= :now
                     order by m.next_attempt_at, m.id
                     limit :batch
                     for update skip locked
                ), claimed as (
                    update %1$s m
                       set status = 'SENDING', attempts = m.attempts + 1,%2$s next_attempt_at = :leaseEnd
                      from waiting w
                     where m.id = w.id
                    returning m.*
                )
                %3$s""".formatted(table, notesClaimedAt ? " claimed_at = :now," : "", read))
                .param("now", now).param("batch", BATCH).param("leaseEnd", now.plus(LEASE))
                .query(rows)
                .list();
    }

    /** An e-mail made and handed to the SMTP server; either step may fail. */
    @FunctionalInterface
    public interface Sending {
        void send() throws MessagingException;
    }

    /**
     * Sends a claimed row's e-mail: SENT when the SMTP server took it; otherwise tried again after {@link #backOff},
     * or FAILED after the last attempt. The log names the row and the exception's type only: its message can quote
     * the address. Whether the e-mail went.
     */
    public boolean send(long id, int attempts, Sending sending) {
        try {
            sending.send();
            mark(id, "SENT", null);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("E-mail {} in {} not sent (attempt {}): {}", id, table, attempts, e.getClass().getSimpleName());
            if (attempts >= MAX_ATTEMPTS) {
                mark(id, "FAILED", null);
            } else {
                mark(id, "PENDING", now().plus(backOff(attempts)));
            }
            return false;
        }
    }

    /** Ends a claimed row unsent, in {@code status} (FAILED, CANCELLED, ...). */
    public void end(long id, String status) {
        mark(id, status, null);
    }

    private void mark(long id, String status, OffsetDateTime nextAttempt) {
        jdbc.sql("""
                update %s
                   set status = ?, sent_at = case when ? = 'SENT' then ? end,
                       next_attempt_at = coalesce(?, next_attempt_at)
                 where id = ? and status = 'SENDING'""".formatted(table))
                .params(status, status, now(), nextAttempt, id).update();
    }
}
