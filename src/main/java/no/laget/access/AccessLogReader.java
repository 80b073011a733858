package no.laget.access;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The access log of one child, newest first, for "Hvem har sett opplysningene". Callers ask the door
 * before showing it: the log of a child is the child's data too.
 */
@Service
public class AccessLogReader {

    public record Entry(long id, OffsetDateTime occurredAt, long employeeId, String username, long unitId,
            String category, String objectType, String action, String client, String outcome, String basis,
            Long consentId, String emergencyReason, String reasonCode) {}

    private final JdbcClient jdbc;

    AccessLogReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> forChild(long childId, int limit) {
        return jdbc.sql("""
                select id, occurred_at, employee_id, username, unit_id, category, object_type, action, client,
                       outcome, basis, consent_id, emergency_reason, reason_code
                  from access_log where child_id = ? order by id desc limit ?""")
                .params(childId, limit)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getLong("employee_id"), rs.getString("username"), rs.getLong("unit_id"),
                        rs.getString("category"), rs.getString("object_type"), rs.getString("action"),
                        rs.getString("client"), rs.getString("outcome"), rs.getString("basis"),
                        (Long) rs.getObject("consent_id"), rs.getString("emergency_reason"), rs.getString("reason_code")))
                .list();
    }
}
