package no.laget.access.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the access log in its own transaction, so a decision is logged even when the request's own
 * work later rolls back. Appends take a transaction-scoped advisory lock: the chain has one order.
 */
@Component
public class AccessLog {

    private static final long CHAIN_LOCK = 0x4C41474554L; // "LAGET"

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate ownTransaction;
    private final MeterRegistry meters;
    private final Timer appendTime;

    AccessLog(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.appendTime = Timer.builder("laget.access.log.append")
                .description("Time to append a batch of door decisions to the access log (own transaction)")
                .register(meters);
        this.jdbcTemplate = jdbcTemplate;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void append(List<AccessLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        appendTime.record(() -> write(entries));
        entries.forEach(this::count);
    }

    /**
     * Door decisions by outcome, category, action and reason: never the child, the employee or the unit, so the
     * metrics hold nothing about a person and stay few in number.
     */
    private void count(AccessLogEntry e) {
        Counter.builder("laget.access.decisions")
                .description("Access door decisions appended to the access log")
                .tag("outcome", e.outcome())
                .tag("category", e.category())
                .tag("action", e.action())
                .tag("reason", e.reasonCode() == null ? "none" : e.reasonCode())
                .register(meters)
                .increment();
    }

    private void write(List<AccessLogEntry> entries) {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, row) -> 1).list();
            Map<Long, String> reasons = emergencyReasons(entries);
            String previous = jdbc.sql("select hash from access_log order by id desc limit 1")
                    .query(String.class).optional().orElse(AccessLogChain.GENESIS);
            List<Object[]> rows = new ArrayList<>(entries.size());
            for (AccessLogEntry e : entries) {
                String reason = e.emergencyId() == null ? null : reasons.get(e.emergencyId());
                String hash = AccessLogChain.hash(previous, e, reason);
                rows.add(new Object[] {e.occurredAt(), e.employeeId(), e.username(), e.roles(), e.unitId(), e.childId(),
                        e.category(), e.objectType(), e.objectId(), e.action(), e.client(), e.outcome(), e.basis(),
                        e.consentId(), e.emergencyId(), reason, e.reasonCode(), previous, hash});
                previous = hash;
            }
            jdbcTemplate.batchUpdate("""
                    insert into access_log (occurred_at, employee_id, username, roles, unit_id, child_id, category,
                        object_type, object_id, action, client, outcome, basis, consent_id, emergency_id,
                        emergency_reason, reason_code, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        });
    }

    private Map<Long, String> emergencyReasons(List<AccessLogEntry> entries) {
        Long[] ids = entries.stream().map(AccessLogEntry::emergencyId).filter(Objects::nonNull).distinct()
                .toArray(Long[]::new);
        Map<Long, String> reasons = new HashMap<>();
        if (ids.length > 0) {
            jdbc.sql("select id, reason from emergency_access where id = any(?)").param(ids)
                    .query(rs -> { reasons.put(rs.getLong("id"), rs.getString("reason")); });
        }
        return reasons;
    }
}
