package no.laget.report.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox (report_outbox) and the delivery state it drives on each report: what is due, claimed by one worker at a
 * time, delivered, retried or given up.
 */
@Repository
class ReportOutboxRepository {

    private final JdbcClient jdbc;

    ReportOutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The report's outbox row: what is saved will be delivered (call in the transaction that saved it). */
    void enqueue(long id, String receiver, OffsetDateTime sentAt) {
        jdbc.sql("insert into report_outbox (report_id, receiver, created_at, next_attempt_at) values (?, ?, ?, ?)")
                .params(id, receiver, sentAt, sentAt).update();
    }

    record Claimed(long reportId, String receiver) {}

    /** The next report due for delivery, locked for this transaction; another worker skips it. */
    Optional<Claimed> claimNext(OffsetDateTime now) {
        return jdbc.sql("""
                select report_id, receiver from report_outbox
                 where done_at is null and next_attempt_at <= ?
                 order by next_attempt_at, report_id
                 limit 1
                   for update skip locked""")
                .param(now).query((rs, n) -> new Claimed(rs.getLong("report_id"), rs.getString("receiver"))).optional();
    }

    void delivered(long reportId, OffsetDateTime now) {
        jdbc.sql("update report_outbox set done_at = ? where report_id = ?").params(now, reportId).update();
        jdbc.sql("""
                update report set state = 'DELIVERED', delivered_at = ?, attempts = attempts + 1, next_attempt_at = null
                 where id = ?""").params(now, reportId).update();
    }

    void retryLater(long reportId, OffsetDateTime now, OffsetDateTime next, String failure) {
        jdbc.sql("update report_outbox set next_attempt_at = ? where report_id = ?").params(next, reportId).update();
        jdbc.sql("""
                update report set state = 'RETRYING', attempts = attempts + 1, next_attempt_at = ?, last_failure = ?,
                       first_failure_at = coalesce(first_failure_at, ?)
                 where id = ?""").params(next, failure, now, reportId).update();
    }

    void failedPermanently(long reportId, OffsetDateTime now, String failure) {
        jdbc.sql("update report_outbox set done_at = ? where report_id = ?").params(now, reportId).update();
        jdbc.sql("""
                update report set state = 'FAILED', attempts = attempts + 1, next_attempt_at = null, last_failure = ?,
                       first_failure_at = coalesce(first_failure_at, ?)
                 where id = ?""").params(failure, now, reportId).update();
    }

    /** Whether the employee has a report whose delivery keeps failing (for the menu's warning). */
    boolean hasFailing(long employeeId, OffsetDateTime failingSince, int attempts) {
        return jdbc.sql("""
                select exists (select 1 from report where reporter_employee_id = ?
                   and (state = 'FAILED' or (state = 'RETRYING' and (attempts >= ? or first_failure_at <= ?))))""")
                .params(employeeId, attempts, failingSince).query(Boolean.class).single();
    }
}
