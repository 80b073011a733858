package no.laget.report.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.laget.access.ChildDataFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Child welfare's inbox (report_inbox) and the letters it sent the reporter (report_letter). Lists are one statement
 * each, with the door's filter joined in.
 */
@Repository
class ReportInboxRepository {

    record InboxRow(long id, long reportId, long unitId, OffsetDateTime receivedAt, LocalDate receivedOn,
            String reviewDecision, LocalDate reviewedOn, LocalDate investigationStartedOn, LocalDate investigationDue,
            String extensionReason, LocalDate investigationEndedOn, String outcome, Set<String> letters) {}

    record IntakeRow(InboxRow inbox, String reporterUnitName, List<ListedName> children) {}

    record Letter(long id, long inboxId, long reportId, String kind, LocalDate sentOn, String sentHow) {}

    private final JdbcClient jdbc;

    ReportInboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
                    row.children().add(ListedName.of(rs));
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
}
