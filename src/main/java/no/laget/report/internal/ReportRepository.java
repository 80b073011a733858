package no.laget.report.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.laget.access.Basis;
import no.laget.access.ChildDataFilter;
import no.laget.access.ListedChild;
import no.laget.report.ReportGround;
import no.laget.report.internal.ReportOfConcern.Reporter;
import no.laget.report.internal.ReportOfConcern.ReportedChild;
import no.laget.report.internal.ReportOfConcern.ReportedGuardian;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report module's SQL. Lists are one statement each, with the door's filter joined in. */
@Repository
class ReportRepository {

    /** Where a report stands on its way to child welfare, as the sender sees it. */
    record Delivery(long reportId, long reporterEmployeeId, long reporterUnitId, OffsetDateTime createdAt, String state,
            int attempts, OffsetDateTime firstFailureAt, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt,
            String lastFailure) {}

    /** A name in a list row, with the basis the door's filter found for it. */
    record ListedName(ListedChild listed, String givenName, String familyName, boolean unborn) {}

    record MineRow(Delivery delivery, List<ListedName> children, int letters) {}

    record InboxRow(long id, long reportId, long unitId, OffsetDateTime receivedAt, LocalDate receivedOn,
            String reviewDecision, LocalDate reviewedOn, LocalDate investigationStartedOn, LocalDate investigationDue,
            String extensionReason, LocalDate investigationEndedOn, String outcome, Set<String> letters) {}

    record IntakeRow(InboxRow inbox, String reporterUnitName, List<ListedName> children) {}

    record Letter(long id, long inboxId, long reportId, String kind, LocalDate sentOn, String sentHow) {}

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ReportOfConcern report, long employeeId, long unitId, String fiksJson, String receiver) {
        long id = jdbc.sql("""
                insert into report (reporter_employee_id, reporter_unit_id, grounds, concern, history, other_views,
                    interpreter_needed, interpreter_language, other_services, reporter_name, reporter_role,
                    reporter_phone, reporter_email, reporter_unit_name, reporter_unit_address, fiks_json, created_at,
                    state)
                values (?, ?, cast(? as varchar[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SAVED')
                returning id""")
                .params(employeeId, unitId, report.grounds().stream().map(Enum::name).toArray(String[]::new),
                        report.concern(), report.history(), report.otherViews(), report.interpreterNeeded(),
                        report.interpreterLanguage(), report.otherServices(), report.reporter().name(),
                        report.reporter().role(), report.reporter().phone(), report.reporter().email(),
                        report.reporter().unitName(), report.reporter().unitAddress(), fiksJson, report.sentAt())
                .query(Long.class).single();
        int position = 0;
        for (ReportedChild c : report.children()) {
            jdbc.sql("""
                    insert into report_child (report_id, position, child_id, identity_number, unborn, due_date,
                        given_name, family_name, address, told, not_told_reason)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, c.childId(), c.identityNumber(), c.unborn(), c.dueDate(), c.givenName(),
                            c.familyName(), c.address(), c.told(), c.notToldReason())
                    .update();
        }
        position = 0;
        for (ReportedGuardian g : report.guardians()) {
            jdbc.sql("""
                    insert into report_guardian (report_id, position, name, phone, told, not_told_reason)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, g.name(), g.phone(), g.told(), g.notToldReason())
                    .update();
        }
        // The outbox row, in the same transaction: what is saved will be delivered.
        jdbc.sql("insert into report_outbox (report_id, receiver, created_at, next_attempt_at) values (?, ?, ?, ?)")
                .params(id, receiver, report.sentAt(), report.sentAt()).update();
        return id;
    }

    Optional<Delivery> delivery(long reportId) {
        return jdbc.sql("select * from report where id = ?").param(reportId).query((rs, n) -> delivery(rs)).optional();
    }

    Optional<ReportOfConcern> report(long reportId, String municipalityNumber, String municipalityName) {
        List<ReportedChild> children = jdbc.sql("select * from report_child where report_id = ? order by position")
                .param(reportId)
                .query((rs, n) -> new ReportedChild(rs.getLong("child_id"), trimmed(rs.getString("identity_number")),
                        rs.getBoolean("unborn"), rs.getObject("due_date", LocalDate.class), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getString("address"), rs.getBoolean("told"),
                        rs.getString("not_told_reason")))
                .list();
        List<ReportedGuardian> guardians = jdbc.sql("select * from report_guardian where report_id = ? order by position")
                .param(reportId)
                .query((rs, n) -> new ReportedGuardian(rs.getString("name"), rs.getString("phone"), rs.getBoolean("told"),
                        rs.getString("not_told_reason")))
                .list();
        return jdbc.sql("select * from report where id = ?").param(reportId)
                .query((rs, n) -> new ReportOfConcern(municipalityNumber, municipalityName, grounds(rs.getArray("grounds")),
                        rs.getString("concern"), rs.getString("history"), rs.getString("other_views"),
                        rs.getBoolean("interpreter_needed"), rs.getString("interpreter_language"),
                        rs.getString("other_services"),
                        new Reporter(rs.getString("reporter_name"), rs.getString("reporter_role"),
                                rs.getString("reporter_phone"), rs.getString("reporter_email"),
                                rs.getString("reporter_unit_name"), rs.getString("reporter_unit_address")),
                        children, guardians, rs.getObject("created_at", OffsetDateTime.class)))
                .optional();
    }

    String fiksJson(long reportId) {
        return jdbc.sql("select fiks_json from report where id = ?").param(reportId).query(String.class).single();
    }

    List<Long> childIds(long reportId) {
        return jdbc.sql("select child_id from report_child where report_id = ? order by position").param(reportId)
                .query(Long.class).list();
    }

    /** The sender's reports, newest first, each with the children the door lets them read back. One statement. */
    List<MineRow> mine(ChildDataFilter filter, long employeeId, int limit) {
        Map<Long, MineRow> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select r.*, rc.child_id, rc.given_name, rc.family_name, rc.unborn,
                       access.basis, access.consent_id, access.emergency_id,
                       (select count(*) from report_letter l join report_inbox i on i.id = l.inbox_id
                         where i.report_id = r.id) as letters
                  from (select * from report where reporter_employee_id = :employee
                         order by created_at desc, id desc limit :limit) r
                  join report_child rc on rc.report_id = r.id
                """ + filter.join("rc.child_id") + """
                 order by r.created_at desc, r.id desc, rc.position""")
                .params(filter.parameters()).param("employee", employeeId).param("limit", limit)
                .query(rs -> {
                    MineRow row = rows.computeIfAbsent(rs.getLong("id"), id -> {
                        try {
                            return new MineRow(delivery(rs), new ArrayList<>(), rs.getInt("letters"));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    row.children().add(listedName(rs));
                });
        return List.copyOf(rows.values());
    }

    // --- delivery -------------------------------------------------------------------------------------------------

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

    // --- child welfare's inbox --------------------------------------------------------------------------------------

    Optional<Long> childWelfareUnit() {
        return jdbc.sql("select id from unit where type = 'CHILD_WELFARE' and active order by id limit 1")
                .query(Long.class).optional();
    }

    /** Empty when the report is already in the inbox: the unique constraint refuses a second copy. */
    Optional<Long> receive(long reportId, long unitId, OffsetDateTime now, LocalDate receivedOn) {
        return jdbc.sql("""
                insert into report_inbox (report_id, unit_id, received_at, received_on) values (?, ?, ?, ?)
                on conflict (report_id) do nothing
                returning id""")
                .params(reportId, unitId, now, receivedOn).query(Long.class).optional();
    }

    int inboxCount(long reportId) {
        return jdbc.sql("select count(*) from report_inbox where report_id = ?").param(reportId).query(Integer.class).single();
    }

    Optional<InboxRow> inbox(long inboxId) {
        return jdbc.sql("""
                select i.*, (select array_agg(kind) from report_letter l where l.inbox_id = i.id) as letter_kinds
                  from report_inbox i where i.id = ?""")
                .param(inboxId).query((rs, n) -> inboxRow(rs)).optional();
    }

    Optional<InboxRow> inboxForReport(long reportId) {
        return jdbc.sql("""
                select i.*, (select array_agg(kind) from report_letter l where l.inbox_id = i.id) as letter_kinds
                  from report_inbox i where i.report_id = ?""")
                .param(reportId).query((rs, n) -> inboxRow(rs)).optional();
    }

    /** The unit's received reports, newest first, with the children the door lets the user read. One statement. */
    List<IntakeRow> intake(ChildDataFilter filter, long unitId, int limit) {
        Map<Long, IntakeRow> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select i.*, r.reporter_unit_name,
                       (select array_agg(kind) from report_letter l where l.inbox_id = i.id) as letter_kinds,
                       rc.child_id, rc.given_name, rc.family_name, rc.unborn,
                       access.basis, access.consent_id, access.emergency_id
                  from (select * from report_inbox where unit_id = :unit order by received_at desc, id desc limit :limit) i
                  join report r on r.id = i.report_id
                  join report_child rc on rc.report_id = i.report_id
                """ + filter.join("rc.child_id") + """
                 order by i.received_at desc, i.id desc, rc.position""")
                .params(filter.parameters()).param("unit", unitId).param("limit", limit)
                .query(rs -> {
                    IntakeRow row = rows.computeIfAbsent(rs.getLong("id"), id -> {
                        try {
                            return new IntakeRow(inboxRow(rs), rs.getString("reporter_unit_name"), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    row.children().add(listedName(rs));
                });
        return List.copyOf(rows.values());
    }

    void review(long inboxId, String decision, LocalDate on, long employeeId, LocalDate investigationStart,
            LocalDate investigationDue) {
        jdbc.sql("""
                update report_inbox set review_decision = ?, reviewed_on = ?, reviewed_by = ?,
                       investigation_started_on = ?, investigation_due = ?
                 where id = ?""")
                .params(decision, on, employeeId, investigationStart, investigationDue, inboxId).update();
    }

    void extend(long inboxId, String reason, LocalDate due) {
        jdbc.sql("update report_inbox set extension_reason = ?, investigation_due = ? where id = ?")
                .params(reason, due, inboxId).update();
    }

    void endInvestigation(long inboxId, LocalDate on, String outcome) {
        jdbc.sql("update report_inbox set investigation_ended_on = ?, outcome = ? where id = ?")
                .params(on, outcome, inboxId).update();
    }

    long recordLetter(long inboxId, String kind, LocalDate sentOn, String how, long employeeId, OffsetDateTime now) {
        return jdbc.sql("""
                insert into report_letter (inbox_id, kind, sent_on, sent_how, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(inboxId, kind, sentOn, how, employeeId, now).query(Long.class).single();
    }

    /** The letters child welfare sent about a report: what the reporter may see of child welfare's work. */
    List<Letter> letters(long reportId) {
        return jdbc.sql("""
                select l.id, l.inbox_id, i.report_id, l.kind, l.sent_on, l.sent_how
                  from report_letter l join report_inbox i on i.id = l.inbox_id
                 where i.report_id = ? order by l.sent_on, l.id""")
                .param(reportId)
                .query((rs, n) -> new Letter(rs.getLong("id"), rs.getLong("inbox_id"), rs.getLong("report_id"),
                        rs.getString("kind"), rs.getObject("sent_on", LocalDate.class), rs.getString("sent_how")))
                .list();
    }

    // --- mapping ----------------------------------------------------------------------------------------------------

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getLong("reporter_employee_id"), rs.getLong("reporter_unit_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("state"), rs.getInt("attempts"),
                rs.getObject("first_failure_at", OffsetDateTime.class), rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("delivered_at", OffsetDateTime.class), rs.getString("last_failure"));
    }

    private static InboxRow inboxRow(ResultSet rs) throws SQLException {
        Set<String> letters = new LinkedHashSet<>();
        Array kinds = rs.getArray("letter_kinds");
        if (kinds != null) {
            letters.addAll(Arrays.asList((String[]) kinds.getArray()));
        }
        return new InboxRow(rs.getLong("id"), rs.getLong("report_id"), rs.getLong("unit_id"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getObject("received_on", LocalDate.class),
                rs.getString("review_decision"), rs.getObject("reviewed_on", LocalDate.class),
                rs.getObject("investigation_started_on", LocalDate.class), rs.getObject("investigation_due", LocalDate.class),
                rs.getString("extension_reason"), rs.getObject("investigation_ended_on", LocalDate.class),
                rs.getString("outcome"), letters);
    }

    private static ListedName listedName(ResultSet rs) throws SQLException {
        return new ListedName(new ListedChild(rs.getLong("child_id"), Basis.valueOf(rs.getString("basis")),
                (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id")),
                rs.getString("given_name"), rs.getString("family_name"), rs.getBoolean("unborn"));
    }

    private static Set<ReportGround> grounds(Array array) throws SQLException {
        Set<ReportGround> grounds = EnumSet.noneOf(ReportGround.class);
        for (String value : (String[]) array.getArray()) {
            grounds.add(ReportGround.valueOf(value));
        }
        return grounds;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
