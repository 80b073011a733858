package no.laget.access.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the access log in order and recomputes every hash. The first row whose stored previous hash or
 * own hash does not match is where the log was changed (or a row removed).
 */
@Component
public class AccessLogCheck {

    public record Result(long entriesChecked, Optional<Long> firstBrokenEntry) {
        public boolean intact() {
            return firstBrokenEntry.isEmpty();
        }
    }

    private final JdbcClient jdbc;

    AccessLogCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Result run() {
        String[] expectedPrevious = {AccessLogChain.GENESIS};
        long[] checked = {0};
        Long[] broken = {null};
        jdbc.sql("""
                select id, occurred_at, employee_id, username, roles, unit_id, child_id, category, object_type,
                       object_id, action, client, outcome, basis, consent_id, emergency_id, emergency_reason,
                       reason_code, previous_hash, hash
                  from access_log order by id""")
                .withFetchSize(1000)
                .query(rs -> {
                    if (broken[0] != null) {
                        return;
                    }
                    checked[0]++;
                    AccessLogEntry entry = new AccessLogEntry(rs.getObject("occurred_at", OffsetDateTime.class),
                            rs.getLong("employee_id"), rs.getString("username"), rs.getString("roles"),
                            rs.getLong("unit_id"), (Long) rs.getObject("child_id"), rs.getString("category"),
                            rs.getString("object_type"), (Long) rs.getObject("object_id"), rs.getString("action"),
                            rs.getString("client"), rs.getString("outcome"), rs.getString("basis"),
                            (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id"),
                            rs.getString("reason_code"));
                    String previous = rs.getString("previous_hash");
                    String recomputed = AccessLogChain.hash(previous, entry, rs.getString("emergency_reason"));
                    if (!previous.equals(expectedPrevious[0]) || !recomputed.equals(rs.getString("hash"))) {
                        broken[0] = rs.getLong("id");
                    }
                    expectedPrevious[0] = rs.getString("hash");
                });
        return new Result(checked[0], Optional.ofNullable(broken[0]));
    }
}
