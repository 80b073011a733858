package no.laget.access;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.List;

import no.laget.access.internal.AccessLog;
import no.laget.access.internal.AccessLogEntry;
import no.laget.platform.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The access log of one child, newest first, for "Hvem har sett opplysningene". That a child is known to PPT, child
 * welfare or the health station is itself confidential, so each reader sees only their share of the log:
 * an employee their own entries, a unit leader their unit's, the data controller's auditor (role AUDITOR) all of
 * them. The auditor sees no child data otherwise: the log names the child by its number in Laget. Every reading is
 * logged, and a refused one is logged like any other refusal (docs/decisions.md, "Who reads the access log").
 */
@Service
public class AccessLogReader {

    public static final String AUDITOR = "AUDITOR";

    public record Entry(long id, OffsetDateTime occurredAt, long employeeId, String username, long unitId,
            String category, String objectType, String action, String client, String outcome, String basis,
            Long consentId, String emergencyReason, String reasonCode) {}

    /** Whose entries the reader saw: all of them, their unit's, or their own. */
    public enum Scope { ALL, OWN_UNIT, OWN }

    public record Share(Scope scope, List<Entry> entries) {}

    private final JdbcClient jdbc;
    private final AccessDoor door;
    private final AccessLog log;
    private final Clock clock;

    AccessLogReader(JdbcClient jdbc, AccessDoor door, AccessLog log, Clock clock) {
        this.jdbc = jdbc;
        this.door = door;
        this.log = log;
        this.clock = clock;
    }

    /** The reader's share of the child's log; throws {@link AccessRefusedException} (logged) when refused. */
    public Share forChild(SignedInUser user, long childId, int limit) {
        AccessedObject object = AccessedObject.of("access_log", childId);
        if (user.hasRole(AUDITOR)) {
            log.append(List.of(AccessLogEntry.of(user, childId, InformationCategory.BASIC, object, Action.READ,
                    Decision.allow(Basis.AUDIT, null, null), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))));
            return new Share(Scope.ALL, entries(childId, null, null, limit));
        }
        door.require(user, childId, InformationCategory.BASIC, Action.READ, object);
        if (user.hasRole("UNIT_LEADER")) {
            return new Share(Scope.OWN_UNIT, entries(childId, user.unitId(), null, limit));
        }
        return new Share(Scope.OWN, entries(childId, null, user.employeeId(), limit));
    }

    private List<Entry> entries(long childId, Long unitId, Long employeeId, int limit) {
        return jdbc.sql("""
                select id, occurred_at, employee_id, username, unit_id, category, object_type, action, client,
                       outcome, basis, consent_id, emergency_reason, reason_code
                  from access_log
                 where child_id = :child
                   and (cast(:unit as bigint) is null or unit_id = :unit)
                   and (cast(:employee as bigint) is null or employee_id = :employee)
                 order by id desc limit :limit""")
                .param("child", childId).param("unit", unitId).param("employee", employeeId).param("limit", limit)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getLong("employee_id"), rs.getString("username"), rs.getLong("unit_id"),
                        rs.getString("category"), rs.getString("object_type"), rs.getString("action"),
                        rs.getString("client"), rs.getString("outcome"), rs.getString("basis"),
                        (Long) rs.getObject("consent_id"), rs.getString("emergency_reason"), rs.getString("reason_code")))
                .list();
    }
}
