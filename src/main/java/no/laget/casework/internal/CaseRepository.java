package no.laget.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.access.Basis;
import no.laget.access.ChildDataFilter;
import no.laget.access.FamilyRelation;
import no.laget.access.ListedChild;
import no.laget.casework.RelayCase;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their relay log. A whole case is a fixed number of statements, whatever its size. */
@Repository
public class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the case ----

    public long insert(long childId, int level, long holderEmployeeId, long holderUnitId, long openedBy, Long concernId,
            OffsetDateTime now) {
        return jdbc.sql("""
                insert into relay_case (child_id, level, holder_employee_id, holder_unit_id, opened_by, opened_at, concern_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, level, holderEmployeeId, holderUnitId, openedBy, now, concernId)
                .query(Long.class).single();
    }

    /** What the access decision needs before anything else is read. */
    public record Head(long id, long childId, int level, long holderEmployeeId, long holderUnitId, boolean open,
            Long coordinatorEmployeeId, int version) {}

    public Optional<Head> head(long id) {
        return jdbc.sql("""
                select id, child_id, level, holder_employee_id, holder_unit_id, closed_at is null as open,
                       coordinator_employee_id, version
                  from relay_case where id = ?""")
                .param(id)
                .query((rs, row) -> new Head(rs.getLong("id"), rs.getLong("child_id"), rs.getInt("level"),
                        rs.getLong("holder_employee_id"), rs.getLong("holder_unit_id"), rs.getBoolean("open"),
                        (Long) rs.getObject("coordinator_employee_id"), rs.getInt("version")))
                .optional();
    }

    public boolean isParticipant(long caseId, long unitId) {
        return jdbc.sql("select exists (select 1 from case_participant where case_id = ? and unit_id = ? and removed_at is null)")
                .params(caseId, unitId).query(Boolean.class).single();
    }

    public Optional<RelayCase> find(long id) {
        return load("= ?", id).stream().findFirst();
    }

    /**
     * Every case of one child, open and closed, oldest first, with its whole relay log: the same fixed number of
     * statements as {@link #find}, whatever the number of cases and entries.
     */
    public List<RelayCase> forChild(long childId) {
        return load("in (select rc.id from relay_case rc where rc.child_id = ?)", childId);
    }

    /** Loads the cases whose id matches {@code match} (SQL after the id column, one parameter), one statement per part. */
    private List<RelayCase> load(String match, long parameter) {
        Map<Long, List<RelayCase.Participant>> participants = grouped("""
                select p.id, p.case_id, p.unit_id, u.name as unit_name, p.employee_id, e.display_name, p.task,
                       p.consent_id, p.added_at
                  from case_participant p join unit u on u.id = p.unit_id left join employee e on e.id = p.employee_id
                 where p.case_id %s and p.removed_at is null order by p.added_at, p.id""", match, parameter, "case_id",
                (rs, row) -> new RelayCase.Participant(rs.getLong("id"), rs.getLong("unit_id"),
                        rs.getString("unit_name"), (Long) rs.getObject("employee_id"), rs.getString("display_name"),
                        rs.getString("task"), rs.getLong("consent_id"), rs.getObject("added_at", OffsetDateTime.class)));
        Map<Long, List<RelayCase.Goal>> goals = grouped(
                "select id, case_id, text, version from case_goal where case_id %s order by id", match, parameter, "case_id",
                (rs, row) -> new RelayCase.Goal(rs.getLong("id"), rs.getString("text"), rs.getInt("version")));
        Map<Long, List<RelayCase.Measure>> measures = grouped("""
                select m.*, e.display_name, u.name as unit_name
                  from case_measure m
                  left join employee e on e.id = m.responsible_employee_id
                  left join unit u on u.id = m.responsible_unit_id
                 where m.case_id %s order by m.starts_on, m.id""", match, parameter, "case_id",
                (rs, row) -> measure(rs));
        Map<Long, List<RelayCase.Evaluation>> evaluations = grouped("""
                select v.*, e.display_name from case_evaluation v join employee e on e.id = v.created_by
                 where v.case_id %s order by v.evaluated_on, v.id""", match, parameter, "case_id",
                (rs, row) -> new RelayCase.Evaluation(rs.getLong("id"), rs.getLong("measure_id"),
                        RelayCase.Outcome.valueOf(rs.getString("outcome")), rs.getString("text"),
                        rs.getString("child_voice"), rs.getDate("evaluated_on").toLocalDate(),
                        rs.getString("display_name")));
        Map<Long, List<RelayCase.LevelChange>> changes = grouped("""
                select l.*, e.display_name from case_level_change l join employee e on e.id = l.changed_by
                 where l.case_id %s order by l.changed_at, l.id""", match, parameter, "case_id",
                (rs, row) -> new RelayCase.LevelChange((Integer) rs.getObject("from_level", Integer.class),
                        rs.getInt("to_level"), rs.getString("reason"), rs.getString("display_name"),
                        rs.getObject("changed_at", OffsetDateTime.class)));
        Map<Long, List<RelayCase.Handover>> handovers = grouped("""
                select h.*, t.display_name as to_name, u.name as unit_name, o.display_name as offered_by_name
                  from case_handover h join employee t on t.id = h.to_employee_id join unit u on u.id = h.to_unit_id
                  join employee o on o.id = h.offered_by
                 where h.case_id %s order by h.offered_at, h.id""", match, parameter, "case_id",
                (rs, row) -> new RelayCase.Handover(rs.getLong("id"), rs.getLong("to_employee_id"),
                        rs.getString("to_name"), rs.getLong("to_unit_id"), rs.getString("unit_name"),
                        rs.getString("reason"), rs.getString("offered_by_name"),
                        rs.getObject("offered_at", OffsetDateTime.class),
                        rs.getObject("answered_at", OffsetDateTime.class), (Boolean) rs.getObject("accepted"),
                        rs.getBoolean("transition")));
        Map<Long, List<RelayCase.MeetingParticipant>> meetingParticipants = grouped("""
                select p.id, p.meeting_id, p.unit_id, u.name as unit_name, p.employee_id, e.display_name
                  from case_meeting_participant p join case_meeting m on m.id = p.meeting_id
                  join unit u on u.id = p.unit_id left join employee e on e.id = p.employee_id
                 where m.case_id %s order by p.id""", match, parameter, "meeting_id",
                (rs, row) -> new RelayCase.MeetingParticipant(rs.getLong("id"), rs.getLong("unit_id"),
                        rs.getString("unit_name"), (Long) rs.getObject("employee_id"),
                        rs.getString("display_name")));
        Map<Long, List<RelayCase.FamilyParticipant>> meetingFamily = grouped("""
                select f.id, f.meeting_id, f.name, f.role
                  from case_meeting_family f join case_meeting m on m.id = f.meeting_id
                 where m.case_id %s order by f.id""", match, parameter, "meeting_id",
                (rs, row) -> new RelayCase.FamilyParticipant(rs.getLong("id"), rs.getString("name"), rs.getString("role")));
        Map<Long, List<RelayCase.Meeting>> meetings = grouped(
                "select * from case_meeting where case_id %s order by starts_at, id", match, parameter, "case_id",
                (rs, row) -> new RelayCase.Meeting(rs.getLong("id"),
                        rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
                        rs.getString("place"), rs.getString("video_link"), rs.getString("agenda"),
                        rs.getString("minutes"), rs.getString("child_voice"), rs.getInt("version"),
                        meetingParticipants.getOrDefault(rs.getLong("id"), List.of()), rs.getInt("sequence"),
                        rs.getObject("cancelled_at", OffsetDateTime.class),
                        meetingFamily.getOrDefault(rs.getLong("id"), List.of())));
        Map<Long, List<RelayCase.FamilyWords>> familyWords = grouped("""
                select id, case_id, written_as, text, written_at from case_family_words
                 where case_id %s order by written_at, id""", match, parameter, "case_id",
                (rs, row) -> new RelayCase.FamilyWords(rs.getLong("id"),
                        FamilyRelation.valueOf(rs.getString("written_as")), rs.getString("text"),
                        rs.getObject("written_at", OffsetDateTime.class)));
        return jdbc.sql("""
                select c.*, h.display_name as holder_name, u.name as holder_unit_name, k.display_name as coordinator_name
                  from relay_case c join employee h on h.id = c.holder_employee_id join unit u on u.id = c.holder_unit_id
                  left join employee k on k.id = c.coordinator_employee_id
                 where c.id %s order by c.opened_at, c.id""".formatted(match))
                .param(parameter)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    return new RelayCase(id, rs.getLong("child_id"), rs.getInt("level"),
                            rs.getLong("holder_employee_id"), rs.getString("holder_name"), rs.getLong("holder_unit_id"),
                            rs.getString("holder_unit_name"), rs.getObject("opened_at", OffsetDateTime.class),
                            rs.getObject("closed_at", OffsetDateTime.class),
                            rs.getString("close_reason") == null ? null
                                    : RelayCase.CloseReason.valueOf(rs.getString("close_reason")),
                            rs.getString("close_note"), (Long) rs.getObject("coordinator_employee_id"),
                            rs.getString("coordinator_name"), (Long) rs.getObject("concern_id"), rs.getInt("version"),
                            of(participants, id), of(goals, id), of(measures, id), of(evaluations, id), of(changes, id),
                            of(handovers, id), of(meetings, id), rs.getObject("consent_withdrawn_at", OffsetDateTime.class),
                            of(familyWords, id));
                })
                .list();
    }

    /** The rows of {@code sql} for the cases matched, by the id in their column {@code key}, each list in row order. */
    private <T> Map<Long, List<T>> grouped(String sql, String match, long parameter, String key, RowMapper<T> rows) {
        Map<Long, List<T>> grouped = new LinkedHashMap<>();
        jdbc.sql(sql.formatted(match)).param(parameter)
                .query((rs, row) -> Map.entry(rs.getLong(key), rows.mapRow(rs, row))).list()
                .forEach(entry -> grouped.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return grouped;
    }

    private static <T> List<T> of(Map<Long, List<T>> byCase, long caseId) {
        return byCase.getOrDefault(caseId, List.of());
    }

    private static RelayCase.Measure measure(ResultSet rs) throws SQLException {
        return new RelayCase.Measure(rs.getLong("id"), rs.getString("what"), (Long) rs.getObject("responsible_employee_id"),
                rs.getString("display_name"), (Long) rs.getObject("responsible_unit_id"), rs.getString("unit_name"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("evaluate_on").toLocalDate(),
                (Long) rs.getObject("meeting_id"), rs.getInt("version"));
    }

    /** Moves the case on when the version is the one the user saw. */
    public boolean changeLevel(long id, int version, int toLevel) {
        return jdbc.sql("update relay_case set level = ?, version = version + 1 where id = ? and version = ? and closed_at is null")
                .params(toLevel, id, version).update() == 1;
    }

    public void recordLevelChange(long caseId, Integer from, int to, String reason, long by, OffsetDateTime now) {
        jdbc.sql("""
                insert into case_level_change (case_id, from_level, to_level, reason, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?)""").params(caseId, from, to, reason, by, now).update();
    }

    public void setHolder(long id, long employeeId, long unitId) {
        jdbc.sql("update relay_case set holder_employee_id = ?, holder_unit_id = ?, version = version + 1 where id = ?")
                .params(employeeId, unitId, id).update();
    }

    public void setCoordinator(long id, long employeeId) {
        jdbc.sql("update relay_case set coordinator_employee_id = ?, version = version + 1 where id = ?")
                .params(employeeId, id).update();
    }

    public boolean close(long id, int version, String reason, String note, long by, OffsetDateTime now) {
        return jdbc.sql("""
                update relay_case set closed_at = ?, close_reason = ?, close_note = ?, closed_by = ?, version = version + 1
                 where id = ? and version = ? and closed_at is null""")
                .params(now, reason, note, by, id, version).update() == 1;
    }

    // ---- participants ----

    public long addParticipant(long caseId, long unitId, Long employeeId, String task, long consentId, long by,
            OffsetDateTime now) {
        return jdbc.sql("""
                insert into case_participant (case_id, unit_id, employee_id, task, consent_id, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, unitId, employeeId, task, consentId, by, now).query(Long.class).single();
    }

    public record ParticipantRow(long id, long caseId, long unitId) {}

    public Optional<ParticipantRow> participant(long id) {
        return jdbc.sql("select id, case_id, unit_id from case_participant where id = ? and removed_at is null")
                .param(id)
                .query((rs, row) -> new ParticipantRow(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("unit_id")))
                .optional();
    }

    /** Removes the row; returns how many rows of the same unit are still in the case. */
    public int removeParticipant(long id, long by, OffsetDateTime now, long caseId, long unitId) {
        jdbc.sql("update case_participant set removed_at = ?, removed_by = ? where id = ?").params(now, by, id).update();
        return jdbc.sql("select count(*) from case_participant where case_id = ? and unit_id = ? and removed_at is null")
                .params(caseId, unitId).query(Integer.class).single();
    }

    /** The consents the units still in the case were admitted under. */
    public List<Long> consentIds(long caseId) {
        return jdbc.sql("select distinct consent_id from case_participant where case_id = ? and removed_at is null")
                .param(caseId).query(Long.class).list();
    }

    public void removeAllParticipants(long caseId, long by, OffsetDateTime now) {
        jdbc.sql("update case_participant set removed_at = ?, removed_by = ? where case_id = ? and removed_at is null")
                .params(now, by, caseId).update();
    }

    // ---- hand-overs ----

    public long offerHandover(long caseId, long toEmployee, long toUnit, Long consentId, String reason, long by,
            OffsetDateTime now, boolean transition) {
        return jdbc.sql("""
                insert into case_handover (case_id, to_employee_id, to_unit_id, consent_id, reason, offered_by, offered_at, transition)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, toEmployee, toUnit, consentId, reason, by, now, transition).query(Long.class).single();
    }

    public record PendingHandover(long id, long caseId, long toEmployeeId, long toUnitId, Long consentId, boolean transition) {}

    public Optional<PendingHandover> pendingHandover(long caseId) {
        return jdbc.sql("""
                select id, case_id, to_employee_id, to_unit_id, consent_id, transition from case_handover
                 where case_id = ? and answered_at is null""")
                .param(caseId)
                .query((rs, row) -> new PendingHandover(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getLong("to_employee_id"), rs.getLong("to_unit_id"), (Long) rs.getObject("consent_id"),
                        rs.getBoolean("transition")))
                .optional();
    }

    public void answerHandover(long id, boolean accepted, OffsetDateTime now) {
        jdbc.sql("update case_handover set answered_at = ?, accepted = ? where id = ? and answered_at is null")
                .params(now, accepted, id).update();
    }

    // ---- the family's own words ----

    public long addFamilyWords(long caseId, FamilyRelation writtenAs, long familyMemberId, String text,
            OffsetDateTime now) {
        return jdbc.sql("""
                insert into case_family_words (case_id, written_as, family_member_id, text, written_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(caseId, writtenAs.name(), familyMemberId, text, now).query(Long.class).single();
    }

    // ---- goals, measures, evaluations ----

    public long addGoal(long caseId, String text, long by, OffsetDateTime now) {
        return jdbc.sql("insert into case_goal (case_id, text, created_by, created_at) values (?, ?, ?, ?) returning id")
                .params(caseId, text, by, now).query(Long.class).single();
    }

    public boolean changeGoal(long caseId, long goalId, int version, String text) {
        return jdbc.sql("update case_goal set text = ?, version = version + 1 where id = ? and case_id = ? and version = ?")
                .params(text, goalId, caseId, version).update() == 1;
    }

    public long addMeasure(long caseId, String what, Long employeeId, Long unitId, LocalDate startsOn,
            LocalDate evaluateOn, Long meetingId, long by, OffsetDateTime now) {
        return jdbc.sql("""
                insert into case_measure (case_id, what, responsible_employee_id, responsible_unit_id, starts_on,
                                          evaluate_on, meeting_id, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, what, employeeId, unitId, startsOn, evaluateOn, meetingId, by, now)
                .query(Long.class).single();
    }

    public boolean changeMeasure(long caseId, long measureId, int version, String what, Long employeeId, Long unitId,
            LocalDate startsOn, LocalDate evaluateOn) {
        return jdbc.sql("""
                update case_measure set what = ?, responsible_employee_id = ?, responsible_unit_id = ?, starts_on = ?,
                       evaluate_on = ?, version = version + 1
                 where id = ? and case_id = ? and version = ?""")
                .params(what, employeeId, unitId, startsOn, evaluateOn, measureId, caseId, version).update() == 1;
    }

    public void moveEvaluation(long measureId, LocalDate evaluateOn) {
        jdbc.sql("update case_measure set evaluate_on = ?, version = version + 1 where id = ?")
                .params(evaluateOn, measureId).update();
    }

    public List<Long> measureIds(long caseId) {
        return jdbc.sql("select id from case_measure where case_id = ?").param(caseId).query(Long.class).list();
    }

    /** {@code dueOn} is the evaluation date the measure had when it was evaluated (internal figures: on time or late). */
    public long addEvaluation(long caseId, long measureId, String outcome, String text, String childVoice,
            LocalDate on, LocalDate dueOn, long by, OffsetDateTime now) {
        return jdbc.sql("""
                insert into case_evaluation (case_id, measure_id, outcome, text, child_voice, evaluated_on, due_on,
                                             created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, measureId, outcome, text, childVoice, on, dueOn, by, now).query(Long.class).single();
    }

    // ---- meetings ----

    public long addMeeting(long caseId, OffsetDateTime startsAt, OffsetDateTime endsAt, String place, String videoLink,
            String agenda, long by, OffsetDateTime now) {
        return jdbc.sql("""
                insert into case_meeting (case_id, starts_at, ends_at, place, video_link, agenda, called_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, startsAt, endsAt, place, videoLink, agenda, by, now).query(Long.class).single();
    }

    public void addMeetingParticipant(long meetingId, long unitId, Long employeeId, long consentId) {
        jdbc.sql("insert into case_meeting_participant (meeting_id, unit_id, employee_id, consent_id) values (?, ?, ?, ?)")
                .params(meetingId, unitId, employeeId, consentId).update();
    }

    public void addMeetingFamily(long meetingId, String name, String role) {
        jdbc.sql("insert into case_meeting_family (meeting_id, name, role) values (?, ?, ?)")
                .params(meetingId, name, role).update();
    }

    /** Moves a meeting and raises its iCalendar sequence, when the version is the one the user saw. */
    public boolean moveMeeting(long caseId, long meetingId, int version, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String place, String videoLink) {
        return jdbc.sql("""
                update case_meeting set starts_at = ?, ends_at = ?, place = ?, video_link = ?, sequence = sequence + 1,
                                        version = version + 1
                 where id = ? and case_id = ? and version = ? and cancelled_at is null""")
                .params(startsAt, endsAt, place, videoLink, meetingId, caseId, version).update() == 1;
    }

    /** Cancels a meeting and raises its iCalendar sequence, when the version is the one the user saw. */
    public boolean cancelMeeting(long caseId, long meetingId, int version, long by, OffsetDateTime now) {
        return jdbc.sql("""
                update case_meeting set cancelled_at = ?, cancelled_by = ?, sequence = sequence + 1, version = version + 1
                 where id = ? and case_id = ? and version = ? and cancelled_at is null""")
                .params(now, by, meetingId, caseId, version).update() == 1;
    }

    /** One invitation e-mail per employee for this sequence of the meeting; a second call adds nothing. */
    public void queueMeetingMail(long meetingId, java.util.Collection<Long> employeeIds, int sequence, String method,
            OffsetDateTime now) {
        for (long employee : employeeIds) {
            jdbc.sql("""
                    insert into case_meeting_mail (meeting_id, employee_id, sequence, method, next_attempt_at)
                    values (?, ?, ?, ?, ?) on conflict (meeting_id, employee_id, sequence) do nothing""")
                    .params(meetingId, employee, sequence, method, now).update();
        }
    }

    public boolean writeMinutes(long caseId, long meetingId, int version, String minutes, String childVoice, long by,
            OffsetDateTime now) {
        return jdbc.sql("""
                update case_meeting set minutes = ?, child_voice = ?, minutes_by = ?, minutes_at = ?, version = version + 1
                 where id = ? and case_id = ? and version = ?""")
                .params(minutes, childVoice, by, now, meetingId, caseId, version).update() == 1;
    }

    // ---- lists ----

    public record Row(CaseSummary summary, ListedChild listed) {}

    /**
     * Open cases the unit takes part in (or, with {@code childId}, every case of that child the unit takes part in),
     * which the user may read; one statement. The cases come from the unit's participations and the user's offered
     * hand-overs (two partial indexes): two "exists" joined by "or" read every case of the country.
     */
    public List<Row> forUnit(ChildDataFilter filter, long unitId, long employeeId, Long childId, int limit) {
        return jdbc.sql("""
                select c.id, c.child_id, ch.given_name || ' ' || ch.family_name as child_name, c.level,
                       h.display_name as holder_name, c.closed_at is null as open,
                       (select min(m.evaluate_on) from case_measure m where m.case_id = c.id) as next_evaluation,
                       exists (select 1 from case_handover o where o.case_id = c.id and o.answered_at is null
                                  and o.to_employee_id = :employee) as handover_to_me,
                       access.basis, access.consent_id, access.emergency_id
                  from relay_case c
                  join child ch on ch.id = c.child_id
                  join employee h on h.id = c.holder_employee_id
                """ + filter.join("c.child_id") + """
                 where c.id in (select p.case_id from case_participant p
                                 where p.unit_id = :unit and p.removed_at is null
                                union all
                                select o.case_id from case_handover o
                                 where o.to_employee_id = :employee and o.answered_at is null)
                   and (case when cast(:child as bigint) is null then c.closed_at is null else c.child_id = :child end)
                 order by c.closed_at nulls first, c.level desc, c.id desc
                 limit :limit""")
                .params(filter.parameters())
                .param("unit", unitId).param("employee", employeeId).param("child", childId).param("limit", limit)
                .query((rs, row) -> new Row(new CaseSummary(rs.getLong("id"), rs.getLong("child_id"),
                        rs.getString("child_name"), rs.getInt("level"), rs.getString("holder_name"), rs.getBoolean("open"),
                        rs.getDate("next_evaluation") == null ? null : rs.getDate("next_evaluation").toLocalDate(),
                        rs.getBoolean("handover_to_me")),
                        new ListedChild(rs.getLong("child_id"), Basis.valueOf(rs.getString("basis")),
                                (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id"))))
                .list();
    }

    // ---- individual plan ----

    public record PlanRow(String goalsNeeds, String whoTakesPart, String whoCoordinates, String contributions,
            String measures, String howCarriedOut, LocalDate periodFrom, LocalDate periodTo, LocalDate reviseOn,
            String consents, String cooperation, int version) {}

    public Optional<PlanRow> plan(long caseId) {
        return jdbc.sql("select * from individual_plan where case_id = ?").param(caseId)
                .query((rs, row) -> new PlanRow(rs.getString("goals_needs"), rs.getString("who_takes_part"),
                        rs.getString("who_coordinates"), rs.getString("contributions"), rs.getString("measures"),
                        rs.getString("how_carried_out"), rs.getDate("period_from").toLocalDate(),
                        rs.getDate("period_to").toLocalDate(), rs.getDate("revise_on").toLocalDate(),
                        rs.getString("consents"), rs.getString("cooperation"), rs.getInt("version")))
                .optional();
    }

    /** Inserts the plan (version null) or updates it when the version matches. */
    public boolean savePlan(long caseId, Integer version, PlanRow plan, long by, OffsetDateTime now) {
        if (version == null) {
            return jdbc.sql("""
                    insert into individual_plan (case_id, goals_needs, who_takes_part, who_coordinates, contributions,
                        measures, how_carried_out, period_from, period_to, revise_on, consents, cooperation,
                        updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing""")
                    .params(caseId, plan.goalsNeeds(), plan.whoTakesPart(), plan.whoCoordinates(), plan.contributions(),
                            plan.measures(), plan.howCarriedOut(), plan.periodFrom(), plan.periodTo(), plan.reviseOn(),
                            plan.consents(), plan.cooperation(), by, now).update() == 1;
        }
        return jdbc.sql("""
                update individual_plan set goals_needs = ?, who_takes_part = ?, who_coordinates = ?, contributions = ?,
                       measures = ?, how_carried_out = ?, period_from = ?, period_to = ?, revise_on = ?, consents = ?,
                       cooperation = ?, updated_by = ?, updated_at = ?, version = version + 1
                 where case_id = ? and version = ?""")
                .params(plan.goalsNeeds(), plan.whoTakesPart(), plan.whoCoordinates(), plan.contributions(),
                        plan.measures(), plan.howCarriedOut(), plan.periodFrom(), plan.periodTo(), plan.reviseOn(),
                        plan.consents(), plan.cooperation(), by, now, caseId, version).update() == 1;
    }

    // ---- people to choose from ----

    public record Person(long id, String name, long unitId, String unitName) {}

    /** Active employees who work with children in the given units, by unit and name. */
    public List<Person> employeesOf(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select e.id, e.display_name, e.unit_id, u.name as unit_name
                  from employee e join unit u on u.id = e.unit_id
                 where e.active and e.unit_id = any(?)
                   and exists (select 1 from employee_role r where r.employee_id = e.id
                                  and r.role in ('EMPLOYEE', 'UNIT_LEADER', 'CHILD_WELFARE_INTAKE'))
                 order by u.name, e.display_name""")
                .param(unitIds.toArray(Long[]::new))
                .query((rs, row) -> new Person(rs.getLong("id"), rs.getString("display_name"), rs.getLong("unit_id"),
                        rs.getString("unit_name")))
                .list();
    }
}
