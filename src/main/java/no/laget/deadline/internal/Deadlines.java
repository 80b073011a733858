package no.laget.deadline.internal;

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
import no.laget.mywork.DeadlineState;
import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.validation.TextCharacters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the dated duties are kept. One row per (source type, source id, kind): scheduling again moves the date and
 * reopens it, so a listener can schedule whenever the owner's date changes, and the same event handled twice leaves
 * the same row. Only this module calls it: its listeners, from other modules' events, and its own pages. Public only
 * for the tests in other packages.
 */
@Service
public class Deadlines {

    /**
     * The rows on one page of "Mine saker og frister" and of the API; a user with more pages on. A unit may hold
     * thousands of open deadlines (a consent expiring for every child it serves), and a page renders and logs what it
     * shows: fifty rows keep the page's cost (and its p99) where a screen's worth of work is.
     */
    public static final int PAGE_SIZE = 50;

    /** The longest reason a mark may carry. */
    public static final int REASON_MAX = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessDoor door;
    private final ReminderPlanner reminders;

    Deadlines(JdbcClient jdbc, Clock clock, AccessDoor door, ReminderPlanner reminders) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.door = door;
        this.reminders = reminders;
    }

    /**
     * Creates the duty or moves it. When its dates change or it was done, the reminders already planned for it are
     * forgotten, so the new dates are reminded again. A duty a person marked done or not relevant stays so when it is
     * scheduled again with the same dates (the owner saved something else); new dates reopen it. When it now rests on
     * another person or unit, its waiting reminders go to them instead ({@link #reassign}).
     */
    @Transactional
    public void schedule(DeadlineRequest request) {
        jdbc.sql("""
                delete from deadline_reminder r using deadline d
                 where r.deadline_id = d.id and d.source_type = ? and d.source_id = ? and d.kind = ?
                   and (d.due_on <> ? or d.warn_on is distinct from ? or (d.done_at is not null and d.marked_as is null))""")
                .params(request.sourceType(), request.sourceId(), request.kind(), request.dueOn(), request.warnOn())
                .update();
        List<Long> movedAway = jdbc.sql("""
                select id from deadline
                 where source_type = ? and source_id = ? and kind = ? and done_at is null
                   and (unit_id is distinct from ? or employee_id is distinct from ?)""")
                .params(request.sourceType(), request.sourceId(), request.kind(), request.unitId(), request.employeeId())
                .query(Long.class).list();
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into deadline (kind, source_type, source_id, child_id, unit_id, employee_id, due_on, warn_on,
                                      link, markable, created_at, dated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (source_type, source_id, kind) do update
                   set child_id = excluded.child_id, unit_id = excluded.unit_id, employee_id = excluded.employee_id,
                       due_on = excluded.due_on, warn_on = excluded.warn_on, link = excluded.link,
                       markable = excluded.markable,
                       done_at = case when %1$s then deadline.done_at end,
                       marked_as = case when %1$s then deadline.marked_as end,
                       marked_by = case when %1$s then deadline.marked_by end,
                       mark_reason = case when %1$s then deadline.mark_reason end,
                       dated_at = case when %2$s and (deadline.done_at is null or deadline.marked_as is not null)
                                       then deadline.dated_at else excluded.dated_at end""".formatted(
                        "deadline.marked_as is not null and " + SAME_DATES, SAME_DATES))
                .params(request.kind(), request.sourceType(), request.sourceId(), request.childId(), request.unitId(),
                        request.employeeId(), request.dueOn(), request.warnOn(), request.link(),
                        request.markable().name(), now, now)
                .update();
        reminders.moved(movedAway);
    }

    private static final String SAME_DATES =
            "(deadline.due_on = excluded.due_on and deadline.warn_on is not distinct from excluded.warn_on)";

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

    /**
     * The open duties of the source move to someone else (a new relay holder, a measure's new responsible), keeping
     * their dates. Their reminders move with them: e-mails still waiting for the old holder are cancelled and the new
     * holder (the person, or the unit's recipients) gets those reminders instead; nothing more goes to the old one.
     * Returns how many duties moved (those already resting there are left alone).
     */
    @Transactional
    public int reassign(String sourceType, long sourceId, Long unitId, Long employeeId) {
        if (unitId == null && employeeId == null) {
            throw new IllegalArgumentException("A deadline rests on a person or a unit");
        }
        List<Long> moved = jdbc.sql("""
                update deadline set unit_id = ?, employee_id = ?
                 where source_type = ? and source_id = ? and done_at is null
                   and (unit_id is distinct from ? or employee_id is distinct from ?)
                returning id""")
                .params(unitId, employeeId, sourceType, sourceId, unitId, employeeId).query(Long.class).list();
        reminders.moved(moved);
        return moved.size();
    }

    // ---------------------------------------------------------------- marking by a person

    /**
     * A deadline as the one marking it sees it: kind, dates, what may be put on it, and its mark if it has one. Only
     * for someone who may act on it ({@link #mayAct}); anyone else is refused, and an unknown id is not found.
     */
    public Markee markee(SignedInUser user, long deadlineId) {
        Markee markee = load(deadlineId);
        if (!mayAct(user, markee)) {
            throw new DeadlineRefusedException("deadline.refused.not-yours");
        }
        return markee;
    }

    /**
     * Marks the deadline done or not relevant ("Ikke aktuell"): it leaves every list, its waiting reminder e-mails
     * are cancelled, and who marked it, when and why is recorded (on the deadline and in the append-only
     * {@code deadline_mark}). The reason is required for not relevant, optional for done, at most {@value
     * #REASON_MAX} characters. Refused for anyone who may not act on it, and for what its owner does not allow
     * ({@link Markable}): a legal clock can be marked neither way.
     */
    @Transactional
    public DeadlineMark mark(SignedInUser user, long deadlineId, MarkForm form) {
        Markee markee = markee(user, deadlineId);
        if (markee.markable() == Markable.NONE) {
            throw new DeadlineRefusedException("deadline.refused.legal");
        }
        List<FieldProblem> problems = new ArrayList<>();
        MarkAs as = null;
        for (MarkAs candidate : MarkAs.values()) {
            if (form != null && candidate.name().equals(form.markAs())) {
                as = candidate;
            }
        }
        String reason = form == null ? null : form.reason();
        if (as == null) {
            problems.add(new FieldProblem("markAs", "deadline.mark.as.required"));
        } else if (!markee.markable().allows(as)) {
            throw new DeadlineRefusedException("deadline.refused.done-only");
        }
        if (as == MarkAs.NOT_RELEVANT) {
            FieldRules.text(problems, "reason", reason, REASON_MAX, "deadline.mark.reason");
        } else {
            FieldRules.optionalText(problems, "reason", reason, REASON_MAX, "deadline.mark.reason");
        }
        if (!TextCharacters.acceptable(reason) && problems.stream().noneMatch(p -> p.field().equals("reason"))) {
            problems.add(new FieldProblem("reason", "input.characters"));
        }
        if (problems.isEmpty() && markee.closed()) {
            problems.add(new FieldProblem("markAs", "deadline.mark.closed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = now();
        String text = FieldRules.trimToNull(reason);
        int marked = jdbc.sql("""
                update deadline set done_at = ?, marked_as = ?, marked_by = ?, mark_reason = ?
                 where id = ? and done_at is null""")
                .params(now, as.name(), user.employeeId(), text, deadlineId).update();
        if (marked == 0) {
            throw InvalidInputException.of("markAs", "deadline.mark.closed");
        }
        record(deadlineId, as.name(), text, user, now);
        jdbc.sql("""
                update deadline_mail set status = 'CANCELLED'
                 where status in ('PENDING', 'SENDING')
                   and reminder_id in (select id from deadline_reminder where deadline_id = ?)""")
                .param(deadlineId).update();
        return new DeadlineMark(deadlineId, markee.kind(), markee.dueOn(), as, text, user.employeeId(), now);
    }

    /**
     * "Angre": a person's mark is taken back and the deadline is open again, on the list of whoever it rests on. Its
     * cancelled e-mails stay cancelled (no backlog); the states still to come are reminded as usual. Only a mark
     * can be undone, not the owner's own completion; the undo is recorded too.
     */
    @Transactional
    public void undo(SignedInUser user, long deadlineId) {
        Markee markee = markee(user, deadlineId);
        if (markee.mark() == null) {
            throw InvalidInputException.of("markAs", "deadline.undo.nothing");
        }
        int reopened = jdbc.sql("""
                update deadline set done_at = null, marked_as = null, marked_by = null, mark_reason = null
                 where id = ? and marked_as is not null""")
                .param(deadlineId).update();
        if (reopened == 0) {
            throw InvalidInputException.of("markAs", "deadline.undo.nothing");
        }
        record(deadlineId, "UNDONE", null, user, now());
    }

    private void record(long deadlineId, String action, String reason, SignedInUser user, OffsetDateTime at) {
        jdbc.sql("""
                insert into deadline_mark (deadline_id, action, reason, employee_id, marked_at)
                values (?, ?, ?, ?, ?)""")
                .params(deadlineId, action, reason, user.employeeId(), at).update();
    }

    /**
     * Who may act on a deadline: someone who works with children (not an administrator), and either the person it
     * rests on, a leader of its unit (or of that person's unit), or, for a unit's duty that rests on no one person,
     * anyone in that unit: the same people whose list shows it, and their leader.
     */
    public static boolean mayAct(SignedInUser user, Markee markee) {
        if (!user.worksWithChildren()) {
            return false;
        }
        if (markee.employeeId() != null && markee.employeeId() == user.employeeId()) {
            return true;
        }
        if (markee.employeeId() == null) {
            return markee.unitId() != null && markee.unitId() == user.unitId();
        }
        boolean leader = user.hasRole(Role.UNIT_LEADER);
        return leader && ((markee.unitId() != null && markee.unitId() == user.unitId())
                || (markee.employeeUnitId() != null && markee.employeeUnitId() == user.unitId()));
    }

    private Markee load(long deadlineId) {
        return jdbc.sql("""
                select d.id, d.kind, d.due_on, d.warn_on, d.unit_id, d.employee_id, e.unit_id as employee_unit_id,
                       d.markable, d.done_at, d.marked_as, d.marked_by, d.mark_reason
                  from deadline d left join employee e on e.id = d.employee_id
                 where d.id = ?""")
                .param(deadlineId)
                .query((rs, row) -> {
                    LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
                    LocalDate warnOn = rs.getObject("warn_on", LocalDate.class);
                    OffsetDateTime doneAt = rs.getObject("done_at", OffsetDateTime.class);
                    String markedAs = rs.getString("marked_as");
                    DeadlineMark mark = markedAs == null ? null : new DeadlineMark(rs.getLong("id"),
                            rs.getString("kind"), dueOn, MarkAs.valueOf(markedAs), rs.getString("mark_reason"),
                            rs.getLong("marked_by"), doneAt);
                    return new Markee(rs.getLong("id"), rs.getString("kind"), dueOn, warnOn,
                            DeadlineState.of(dueOn, warnOn, doneAt != null, DeadlineState.today(clock)),
                            (Long) rs.getObject("unit_id"), (Long) rs.getObject("employee_id"),
                            (Long) rs.getObject("employee_unit_id"), Markable.valueOf(rs.getString("markable")),
                            doneAt != null, mark);
                })
                .optional().orElseThrow(() -> new NotFoundException("deadline"));
    }

    /**
     * A deadline about to be marked (or just marked): no child, no link; {@code mark} is the person's mark while it
     * stands, null when it is open or the owner's work completed it.
     */
    public record Markee(long id, String kind, LocalDate dueOn, LocalDate warnOn, DeadlineState state, Long unitId,
            Long employeeId, Long employeeUnitId, Markable markable, boolean closed, DeadlineMark mark) {

        public boolean allows(MarkAs as) {
            return !closed && markable.allows(as);
        }
    }

    /**
     * The user's open deadlines: their own, and their unit's that rest on no one person; overdue first, then by
     * date. A child's name comes only through the access door (basic data, read), joined into the one statement;
     * the rows that show a name are logged as listed. Two statements whatever the number of rows. {@code page}
     * counts from 0 ({@link #PAGE_SIZE} rows each); a negative page is the first.
     */
    public MyDeadlines mine(SignedInUser user, int page) {
        int shownPage = Math.max(0, page);
        LocalDate today = DeadlineState.today(clock);
        ChildDataFilter filter = door.filter(user, InformationCategory.BASIC, Action.READ);
        Map<String, Object> params = new HashMap<>(filter.parameters());
        params.put("me", user.employeeId());
        params.put("unit", user.unitId());
        params.put("today", today);
        params.put("skip", (long) shownPage * PAGE_SIZE);
        params.put("limit", PAGE_SIZE + 1);
        params.put("upTo", (long) shownPage * PAGE_SIZE + PAGE_SIZE + 1);
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
                            childId != null && !seen, Markable.valueOf(rs.getString("markable"))));
                });
        boolean more = rows.size() > PAGE_SIZE;
        List<MyDeadline> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
        // the log names the children whose names were shown; the row that only tells there is a next page was not
        Map<Long, ListedChild> shownChildren = new LinkedHashMap<>();
        shown.stream().filter(row -> row.childId() != null)
                .forEach(row -> shownChildren.putIfAbsent(row.childId(), listed.get(row.childId())));
        if (!shownChildren.isEmpty()) {
            door.recordListed(user, InformationCategory.BASIC, shownChildren.values(), "my_deadlines");
        }
        return new MyDeadlines(List.copyOf(shown), shownPage, more);
    }

    /** The rows shown on {@code page} (from 0) and whether a next page has rows. */
    public record MyDeadlines(List<MyDeadline> rows, int page, boolean more) {}

    /**
     * Order and limit first, the door after: each branch walks its partial index (deadline_mine_employee_idx,
     * deadline_mine_unit_idx) in due order and stops at the end of the page asked for, so the door's rule (one
     * access_basis per row) runs only for the rows shown, never for every open deadline of a unit. A later page
     * walks further along the index (offset), which is what the user asked for. Overdue first then by date is the
     * same as by date, so the order is (due_on, id). The rule is a left join: a row the user may not see keeps
     * its deadline and is shown hidden.
     */
    private static final String MINE_SQL = """
            select d.id, d.kind, d.due_on, d.warn_on, d.link, d.child_id, d.markable,
                   seen.given_name, seen.family_name, seen.basis, seen.consent_id, seen.emergency_id
              from (select m.* from (
                          (select d.id, d.kind, d.due_on, d.warn_on, d.link, d.child_id, d.markable
                             from deadline d
                            where d.done_at is null and d.employee_id = :me
                            order by d.due_on, d.id
                            limit :upTo)
                          union all
                          (select d.id, d.kind, d.due_on, d.warn_on, d.link, d.child_id, d.markable
                             from deadline d
                            where d.done_at is null and d.employee_id is null and d.unit_id = :unit
                            order by d.due_on, d.id
                            limit :upTo)) m
                     order by m.due_on, m.id
                     offset :skip
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
