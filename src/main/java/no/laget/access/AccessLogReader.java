package no.laget.access;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.List;

import no.laget.access.internal.AccessLog;
import no.laget.access.internal.AccessLogEntry;
import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The access log of one child, newest first, for "Hvem har sett opplysningene". That a child is known to PPT, child
 * welfare or the health station is itself confidential, so each reader sees only their share of the log:
 * an employee their own entries, a unit leader their unit's, the data controller's auditor (role AUDITOR) all of
 * them. The auditor sees no child data otherwise: the log names the child by its number in Laget. Every reading is
 * logged, and a refused one is logged like any other refusal (docs/decisions.md, "Who reads the access log").
 * The family reads its own view of the whole log through {@link #forFamily} once {@link FamilyDoor} has let it in.
 */
@Service
public class AccessLogReader {

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
        if (user.hasRole(Role.AUDITOR)) {
            log.append(List.of(AccessLogEntry.of(user, childId, InformationCategory.BASIC, object, Action.READ,
                    Decision.allow(Basis.AUDIT, null, null), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))));
            return new Share(Scope.ALL, entries(childId, null, null, limit));
        }
        door.require(user, childId, InformationCategory.BASIC, Action.READ, object);
        if (user.hasRole(Role.UNIT_LEADER)) {
            return new Share(Scope.OWN_UNIT, entries(childId, user.unitId(), null, limit));
        }
        return new Share(Scope.OWN, entries(childId, null, user.employeeId(), limit));
    }

    /** Page size of the family's view ("Hvem har sett opplysningene"). */
    public static final int FAMILY_PAGE_SIZE = 50;

    /**
     * One allowed access as the family sees it. {@code family} is true for a guardian's or the young person's own
     * read through the family's door ({@code username} is then {@code familie:<member>}, {@code roles} the relation);
     * otherwise the unit and roles are the employee's. {@code consentGivenAt} is when the consent behind the access
     * was recorded; {@code emergencyReason} the reason typed when the glass was broken.
     */
    public record FamilyEntry(long id, OffsetDateTime occurredAt, boolean family, String username, String roles,
            String unitName, String unitType, String category, String action, String basis, Long consentId,
            OffsetDateTime consentGivenAt, String emergencyReason) {

        public boolean emergency() {
            return Basis.EMERGENCY.name().equals(basis);
        }

        @Override
        public String toString() {
            return "FamilyEntry[" + id + "]";
        }
    }

    /** An emergency access ("break the glass") to the child: which unit, from when to when, why, and if reviewed. */
    public record FamilyEmergency(long id, String unitName, OffsetDateTime startedAt, OffsetDateTime expiresAt,
            String reason, OffsetDateTime reviewedAt) {

        @Override
        public String toString() {
            return "FamilyEmergency[" + id + "]";
        }
    }

    /** A page of the family's view, newest first, whether an older page exists, and every emergency access. */
    public record FamilyPage(int page, List<FamilyEntry> entries, boolean more, List<FamilyEmergency> emergencies) {}

    /**
     * The child's access log as the family sees it (docs/domain.md rule 34), page by page (1 is the newest), in two
     * statements whatever the log's size: allowed accesses only (refusals opened nothing), with the unit's name and
     * the date of the consent behind each; and every emergency access to the child with its reason. Left out, like
     * the family's door leaves child welfare's own data out: entries of the category CHILD_WELFARE and entries whose
     * basis is the duty to report or a received report, since they would tell that a report of concern exists
     * (child welfare answers for those). <strong>Reads without an employee: the caller has decided access through
     * {@link FamilyDoor}.</strong>
     */
    public FamilyPage forFamily(long childId, int page) {
        int number = Math.max(1, page);
        List<FamilyEntry> rows = familyEntries(childId, FAMILY_PAGE_SIZE + 1, (long) (number - 1) * FAMILY_PAGE_SIZE);
        List<FamilyEmergency> emergencies = jdbc.sql("""
                select e.id, u.name as unit_name, e.started_at, e.expires_at, e.reason, e.reviewed_at
                  from emergency_access e join unit u on u.id = e.unit_id
                 where e.child_id = :child
                 order by e.started_at desc, e.id desc limit 200""")
                .param("child", childId)
                .query((rs, row) -> new FamilyEmergency(rs.getLong("id"), rs.getString("unit_name"),
                        rs.getObject("started_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                        rs.getString("reason"), rs.getObject("reviewed_at", OffsetDateTime.class)))
                .list();
        return new FamilyPage(number, rows.size() > FAMILY_PAGE_SIZE ? rows.subList(0, FAMILY_PAGE_SIZE) : rows,
                rows.size() > FAMILY_PAGE_SIZE, emergencies);
    }

    /**
     * Every entry of {@link #forFamily}, newest first, in one statement: for the family's download of everything
     * (innsyn). <strong>Reads without an employee: the caller has decided access through {@link FamilyDoor}.</strong>
     */
    public List<FamilyEntry> allForFamily(long childId) {
        return familyEntries(childId, Integer.MAX_VALUE, 0);
    }

    private List<FamilyEntry> familyEntries(long childId, int limit, long offset) {
        // Reads access_log_child_idx (child_id, occurred_at) backwards; id breaks ties between rows of one instant.
        return jdbc.sql("""
                select l.id, l.occurred_at, l.client, l.username, l.roles, u.name as unit_name, u.type as unit_type,
                       l.category, l.action, l.basis, l.consent_id, c.recorded_at as consent_given_at, l.emergency_reason
                  from access_log l
                  left join unit u on u.id = l.unit_id
                  left join consent c on c.id = l.consent_id
                 where l.child_id = :child and l.outcome = 'ALLOWED'
                   and l.category <> 'CHILD_WELFARE'
                   and (l.basis is null or l.basis not in ('DUTY_TO_REPORT', 'RECEIVED_REPORT'))
                 order by l.occurred_at desc, l.id desc
                 limit :limit offset :offset""")
                .param("child", childId).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new FamilyEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        AccessLogEntry.FAMILY_CLIENT.equals(rs.getString("client")), rs.getString("username"),
                        rs.getString("roles"), rs.getString("unit_name"), rs.getString("unit_type"),
                        rs.getString("category"), rs.getString("action"), rs.getString("basis"),
                        (Long) rs.getObject("consent_id"), rs.getObject("consent_given_at", OffsetDateTime.class),
                        rs.getString("emergency_reason")))
                .list();
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
