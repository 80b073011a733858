package no.laget.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.laget.access.AccessDoor;
import no.laget.access.Action;
import no.laget.access.Basis;
import no.laget.access.ChildDataFilter;
import no.laget.access.InformationCategory;
import no.laget.access.ListedChild;
import no.laget.platform.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules put their dated duties. One row per (source type, source id, kind): scheduling again moves the
 * date and reopens it, so a module can call {@link #schedule} whenever its own date changes. Call it in the
 * same transaction as the work that creates the duty.
 */
@Service
public class Deadlines {

    /** The most rows "Mine saker og frister" shows; a user with more is told so. */
    public static final int LIST_LIMIT = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessDoor door;

    Deadlines(JdbcClient jdbc, Clock clock, AccessDoor door) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.door = door;
    }

    /**
     * Creates the duty or moves it. When its dates change or it was done, the reminders already planned for it are
     * forgotten, so the new dates are reminded again.
     */
    @Transactional
    public void schedule(DeadlineRequest request) {
        jdbc.sql("""
                delete from deadline_reminder r using deadline d
                 where r.deadline_id = d.id and d.source_type = ? and d.source_id = ? and d.kind = ?
                   and (d.due_on <> ? or d.warn_on is distinct from ? or d.done_at is not null)""")
                .params(request.sourceType(), request.sourceId(), request.kind(), request.dueOn(), request.warnOn())
                .update();
        jdbc.sql("""
                insert into deadline (kind, source_type, source_id, child_id, unit_id, employee_id, due_on, warn_on,
                                      link, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (source_type, source_id, kind) do update
                   set child_id = excluded.child_id, unit_id = excluded.unit_id, employee_id = excluded.employee_id,
                       due_on = excluded.due_on, warn_on = excluded.warn_on, link = excluded.link, done_at = null""")
                .params(request.kind(), request.sourceType(), request.sourceId(), request.childId(), request.unitId(),
                        request.employeeId(), request.dueOn(), request.warnOn(), request.link(), now())
                .update();
    }

    /** The duty was done; it leaves every list. Returns false when there was no open duty of that kind. */
    public boolean complete(String sourceType, long sourceId, String kind) {
        return jdbc.sql("""
                update deadline set done_at = ?
                 where source_type = ? and source_id = ? and kind = ? and done_at is null""")
                .params(now(), sourceType, sourceId, kind).update() > 0;
    }

    /** The work behind the duties ended (a case closed, a consent withdrawn): all its open duties go. */
    public int completeAll(String sourceType, long sourceId) {
        return jdbc.sql("update deadline set done_at = ? where source_type = ? and source_id = ? and done_at is null")
                .params(now(), sourceType, sourceId).update();
    }

    /** The duty moves to someone else (a new relay holder), keeping its date. */
    public int reassign(String sourceType, long sourceId, Long unitId, Long employeeId) {
        if (unitId == null && employeeId == null) {
            throw new IllegalArgumentException("A deadline rests on a person or a unit");
        }
        return jdbc.sql("""
                update deadline set unit_id = ?, employee_id = ?
                 where source_type = ? and source_id = ? and done_at is null""")
                .params(unitId, employeeId, sourceType, sourceId).update();
    }

    /**
     * The user's open deadlines: their own, and their unit's that rest on no one person; overdue first, then by
     * date. A child's name comes only through the access door (basic data, read), joined into the one statement;
     * the rows that show a name are logged as listed. Two statements whatever the number of rows.
     */
    public MyDeadlines mine(SignedInUser user) {
        LocalDate today = DeadlineState.today(clock);
        ChildDataFilter filter = door.filter(user, InformationCategory.BASIC, Action.READ);
        Map<String, Object> params = new HashMap<>(filter.parameters());
        params.put("me", user.employeeId());
        params.put("unit", user.unitId());
        params.put("today", today);
        params.put("limit", LIST_LIMIT + 1);
        List<MyDeadline> rows = new ArrayList<>();
        Map<Long, ListedChild> listed = new LinkedHashMap<>();
        jdbc.sql(MINE_SQL.formatted(filter.join("c.id")))
                .params(params)
                .query(rs -> {
                    LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
                    LocalDate warnOn = rs.getObject("warn_on", LocalDate.class);
                    Long childId = (Long) rs.getObject("child_id");
                    String basis = rs.getString("basis");
                    boolean seen = childId != null && basis != null;
                    if (seen) {
                        listed.putIfAbsent(childId, new ListedChild(childId, Basis.valueOf(basis),
                                (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id")));
                    }
                    rows.add(new MyDeadline(rs.getLong("id"), rs.getString("kind"), dueOn, warnOn,
                            DeadlineState.of(dueOn, warnOn, false, today), rs.getString("link"),
                            seen ? childId : null,
                            seen ? rs.getString("given_name") + " " + rs.getString("family_name") : null,
                            childId != null && !seen));
                });
        boolean more = rows.size() > LIST_LIMIT;
        List<MyDeadline> shown = more ? rows.subList(0, LIST_LIMIT) : rows;
        // the log names the children whose names were shown; a row cut by the limit was not shown
        Map<Long, ListedChild> shownChildren = new LinkedHashMap<>();
        shown.stream().filter(row -> row.childId() != null)
                .forEach(row -> shownChildren.putIfAbsent(row.childId(), listed.get(row.childId())));
        if (!shownChildren.isEmpty()) {
            door.recordListed(user, InformationCategory.BASIC, shownChildren.values(), "my_deadlines");
        }
        return new MyDeadlines(List.copyOf(shown), more);
    }

    /** The rows shown and whether there were more than {@link #LIST_LIMIT}. */
    public record MyDeadlines(List<MyDeadline> rows, boolean more) {}

    /**
     * Order and limit first, the door after: each branch walks its partial index (deadline_mine_employee_idx,
     * deadline_mine_unit_idx) in due order and stops at the limit, so the door's rule (one access_basis per row)
     * runs only for the rows shown, never for every open deadline of a unit. Overdue first then by date is the
     * same as by date, so the order is (due_on, id). The rule is a left join: a row the user may not see keeps
     * its deadline and is shown hidden.
     */
    private static final String MINE_SQL = """
            select d.id, d.kind, d.due_on, d.warn_on, d.link, d.child_id,
                   seen.given_name, seen.family_name, seen.basis, seen.consent_id, seen.emergency_id
              from (select m.* from (
                          (select d.id, d.kind, d.due_on, d.warn_on, d.link, d.child_id
                             from deadline d
                            where d.done_at is null and d.employee_id = :me
                            order by d.due_on, d.id
                            limit :limit)
                          union all
                          (select d.id, d.kind, d.due_on, d.warn_on, d.link, d.child_id
                             from deadline d
                            where d.done_at is null and d.employee_id is null and d.unit_id = :unit
                            order by d.due_on, d.id
                            limit :limit)) m
                     order by m.due_on, m.id
                     limit :limit) d
              left join lateral (
                    select c.given_name, c.family_name, access.basis, access.consent_id, access.emergency_id
                      from child c
            %s
                     where c.id = d.child_id) seen on true
             order by d.due_on, d.id""";

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
