package no.laget.access.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import javax.sql.DataSource;

import no.laget.platform.database.DatabaseConfig;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Appends door decisions to the access log, chained per shard of the people who acted inside the database (V95,
 * V198), so appends by different people proceed side by side and one append locks one chain.
 */
@Component
public class AccessLog {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final MeterRegistry meters;
    private final Timer appendTime;

    AccessLog(JdbcClient jdbc, @Qualifier(DatabaseConfig.ACCESS_LOG) DataSource dataSource, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.appendTime = Timer.builder("laget.access.log.append")
                .description("Time to append a batch of door decisions to the access log (own transaction)")
                .register(meters);
        this.dataSource = dataSource;
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

    /**
     * One statement on a connection of its own, outside the request's transaction: a decision is logged even when the
     * request's work rolls back, and the chain heads are locked only while this statement runs. The connection comes
     * from the log's own pool, so a request holding a request connection never waits for a second one.
     */
    private void write(List<AccessLogEntry> entries) {
        ArrayNode rows = rows(entries.stream().sorted(Comparator.comparingInt(AccessLogChain::chainOf)).toList(),
                emergencyReasons(entries));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement append = connection.prepareStatement("select access_log_append(?::jsonb)")) {
                append.setString(1, JSON.writeValueAsString(rows));
                append.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The access log could not be written", e);
        }
    }

    /** The rows of one call of access_log_append, in the order given (the caller sorts them by chain). */
    static ArrayNode rows(List<AccessLogEntry> entries, Map<Long, String> reasons) {
        ArrayNode rows = JSON.createArrayNode();
        entries.forEach(e -> {
            String reason = e.emergencyId() == null ? null : reasons.get(e.emergencyId());
            ObjectNode row = rows.addObject();
            row.put("chain", AccessLogChain.chainOf(e));
            row.put("format", AccessLogChain.FORMAT_BY_EMPLOYEE);
            row.put("content", AccessLogChain.content(e, reason));
            row.put("occurred_at", e.occurredAt().toString());
            row.put("employee_id", e.employeeId());
            row.put("username", e.username());
            row.put("roles", e.roles());
            row.put("unit_id", e.unitId());
            row.put("child_id", e.childId());
            row.put("category", e.category());
            row.put("object_type", e.objectType());
            row.put("object_id", e.objectId());
            row.put("action", e.action());
            row.put("client", e.client());
            row.put("outcome", e.outcome());
            row.put("basis", e.basis());
            row.put("consent_id", e.consentId());
            row.put("emergency_id", e.emergencyId());
            row.put("emergency_reason", reason);
            row.put("reason_code", e.reasonCode());
        });
        return rows;
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
