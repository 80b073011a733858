package no.laget.report.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.laget.access.ChildDataFilter;
import no.laget.report.internal.ReportOfConcern.Reporter;
import no.laget.report.internal.ReportOfConcern.ReportedChild;
import no.laget.report.internal.ReportOfConcern.ReportedGuardian;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports as their senders wrote them (report, report_child, report_guardian) and where each stands, as the
 * sender sees it. Lists are one statement each, with the door's filter joined in.
 */
@Repository
class SentReportRepository {

    /** Where a report stands on its way to child welfare, as the sender sees it. */
    record Delivery(long reportId, long reporterEmployeeId, long reporterUnitId, OffsetDateTime createdAt, String state,
            int attempts, OffsetDateTime firstFailureAt, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt,
            String lastFailure) {}

    record MineRow(Delivery delivery, List<ListedName> children, int letters) {}

    private final JdbcClient jdbc;

    SentReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The report as written, state SAVED; the caller adds its outbox row in the same transaction. */
    long insert(ReportOfConcern report, long employeeId, long unitId, String fiksJson) {
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
                    row.children().add(ListedName.of(rs));
                });
        return List.copyOf(rows.values());
    }

    // --- mapping ----------------------------------------------------------------------------------------------------

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getLong("reporter_employee_id"), rs.getLong("reporter_unit_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("state"), rs.getInt("attempts"),
                rs.getObject("first_failure_at", OffsetDateTime.class), rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("delivered_at", OffsetDateTime.class), rs.getString("last_failure"));
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
