package no.laget.agreement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cooperation agreements (migration V52). Every list is one statement, whatever its length. */
@Repository
public class AgreementRepository {

    public record Head(long id, String title, LocalDate validFrom, LocalDate validTo, int cooperationPerYear,
            int anonymousPerYear, LocalDate evaluationDueOn) {}

    public record PartyRow(long agreementId, long partyId, long unitId, String unitName) {}

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String title, LocalDate validFrom, LocalDate validTo, int cooperation, int anonymous,
            LocalDate evaluationDueOn, long createdBy, OffsetDateTime now) {
        return jdbc.sql("""
                insert into nav_agreement (title, valid_from, valid_to, cooperation_meetings_per_year,
                                           anonymous_meetings_per_year, evaluation_due_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(title, validFrom, validTo, cooperation, anonymous, evaluationDueOn, createdBy, now)
                .query(Long.class).single();
    }

    public void insertParty(long agreementId, long unitId) {
        jdbc.sql("insert into nav_agreement_party (agreement_id, unit_id) values (?, ?)").params(agreementId, unitId)
                .update();
    }

    public void insertRoutine(long agreementId, int position, String text) {
        jdbc.sql("insert into nav_agreement_routine (agreement_id, position, text) values (?, ?, ?)")
                .params(agreementId, position, text).update();
    }

    /** The agreements the unit is a party to. */
    public List<Head> agreementsOf(long unitId) {
        return jdbc.sql("""
                select a.* from nav_agreement a
                 where exists (select 1 from nav_agreement_party p where p.agreement_id = a.id and p.unit_id = ?)
                 order by a.title, a.id""").param(unitId).query(AgreementRepository::head).list();
    }

    public Optional<Head> agreement(long id) {
        return jdbc.sql("select * from nav_agreement where id = ?").param(id).query(AgreementRepository::head).optional();
    }

    /** The parties of every agreement the unit is a party to (or of one agreement), in one statement. */
    public List<PartyRow> partiesOfAgreementsOf(long unitId) {
        return jdbc.sql("""
                select p.agreement_id, p.id, p.unit_id, u.name from nav_agreement_party p join unit u on u.id = p.unit_id
                 where p.agreement_id in (select agreement_id from nav_agreement_party where unit_id = ?)
                 order by u.name""").param(unitId).query(AgreementRepository::party).list();
    }

    public List<PartyRow> parties(long agreementId) {
        return jdbc.sql("""
                select p.agreement_id, p.id, p.unit_id, u.name from nav_agreement_party p join unit u on u.id = p.unit_id
                 where p.agreement_id = ? order by u.name""").param(agreementId).query(AgreementRepository::party).list();
    }

    public List<String> routines(long agreementId) {
        return jdbc.sql("select text from nav_agreement_routine where agreement_id = ? order by position, id")
                .param(agreementId).query(String.class).list();
    }

    public List<Agreement.Meeting> meetings(long agreementId) {
        return jdbc.sql("""
                select m.*, e.display_name from nav_agreement_meeting m join employee e on e.id = m.recorded_by
                 where m.agreement_id = ? order by m.held_on desc, m.id desc""")
                .param(agreementId)
                .query((rs, row) -> new Agreement.Meeting(rs.getLong("id"), MeetingKind.valueOf(rs.getString("kind")),
                        rs.getDate("held_on").toLocalDate(), rs.getString("minutes"), rs.getString("display_name")))
                .list();
    }

    public long insertMeeting(long agreementId, MeetingKind kind, LocalDate heldOn, String minutes, long recordedBy,
            OffsetDateTime now) {
        return jdbc.sql("""
                insert into nav_agreement_meeting (agreement_id, kind, held_on, minutes, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(agreementId, kind.name(), heldOn, minutes, recordedBy, now).query(Long.class).single();
    }

    public Optional<LocalDate> lastMeeting(long agreementId, MeetingKind kind) {
        return jdbc.sql("select max(held_on) from nav_agreement_meeting where agreement_id = ? and kind = ?")
                .params(agreementId, kind.name())
                .query((rs, row) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate()).optional();
    }

    public List<Agreement.Input> inputs(long agreementId, LocalDate roundDueOn) {
        return jdbc.sql("""
                select i.*, u.name as unit_name, e.display_name from nav_agreement_input i
                  join unit u on u.id = i.unit_id join employee e on e.id = i.employee_id
                 where i.agreement_id = ? and i.round_due_on = ? order by i.submitted_at, i.id""")
                .params(agreementId, roundDueOn)
                .query((rs, row) -> new Agreement.Input(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("unit_name"),
                        rs.getString("display_name"), rs.getString("text"), rs.getDate("round_due_on").toLocalDate()))
                .list();
    }

    public void upsertInput(long agreementId, LocalDate roundDueOn, long employeeId, long unitId, String text,
            OffsetDateTime now) {
        jdbc.sql("""
                insert into nav_agreement_input (agreement_id, round_due_on, employee_id, unit_id, text, submitted_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (agreement_id, round_due_on, employee_id) do update
                   set text = excluded.text, unit_id = excluded.unit_id, submitted_at = excluded.submitted_at""")
                .params(agreementId, roundDueOn, employeeId, unitId, text, now).update();
    }

    public List<Agreement.Evaluation> evaluations(long agreementId) {
        return jdbc.sql("""
                select v.*, e.display_name from nav_agreement_evaluation v join employee e on e.id = v.recorded_by
                 where v.agreement_id = ? order by v.evaluated_on desc, v.id desc""")
                .param(agreementId)
                .query((rs, row) -> new Agreement.Evaluation(rs.getLong("id"), rs.getDate("due_on").toLocalDate(),
                        rs.getDate("evaluated_on").toLocalDate(), rs.getString("summary"), rs.getString("display_name")))
                .list();
    }

    public void insertEvaluation(long agreementId, LocalDate dueOn, LocalDate evaluatedOn, String summary,
            long recordedBy, LocalDate nextDue, OffsetDateTime now) {
        jdbc.sql("""
                insert into nav_agreement_evaluation (agreement_id, due_on, evaluated_on, summary, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(agreementId, dueOn, evaluatedOn, summary, recordedBy, now).update();
        jdbc.sql("update nav_agreement set evaluation_due_on = ? where id = ?").params(nextDue, agreementId).update();
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from nav_agreement)").query(Boolean.class).single();
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        java.sql.Date to = rs.getDate("valid_to");
        return new Head(rs.getLong("id"), rs.getString("title"), rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(), rs.getInt("cooperation_meetings_per_year"),
                rs.getInt("anonymous_meetings_per_year"), rs.getDate("evaluation_due_on").toLocalDate());
    }

    private static PartyRow party(ResultSet rs, int row) throws SQLException {
        return new PartyRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4));
    }
}
