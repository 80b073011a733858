package no.laget.transition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.access.Basis;
import no.laget.access.ChildDataFilter;
import no.laget.access.ListedChild;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Child welfare measures, transitions and their plan measures (migration V51). */
@Repository
public class TransitionRepository {

    /** A transition row with the names a page shows; the plan's measures come separately. */
    public record Row(long id, long childId, String givenName, String familyName, LocalDate birthDate,
            long childWelfareUnitId, String childWelfareUnitName, long navUnitId, String navUnitName, long consentId,
            LocalDate startedOn, LocalDate meetingOn, String participants, String goals, Boolean individualPlanDue,
            String individualPlanReason, LocalDate followUpUntil) {}

    /** A line of a list with the basis the door's filter found for it. */
    public record Listed(long childId, String givenName, String familyName, LocalDate birthDate, Long transitionId,
            String navUnitName, ListedChild listed) {}

    private final JdbcClient jdbc;

    TransitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertMeasure(long childId, long unitId, String description, LocalDate startsOn, LocalDate endsOn,
            long recordedBy, OffsetDateTime now) {
        return jdbc.sql("""
                insert into nav_child_welfare_measure (child_id, unit_id, description, starts_on, ends_on, recorded_by,
                                                       recorded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, unitId, description, startsOn, endsOn, recordedBy, now).query(Long.class).single();
    }

    public List<ChildWelfareMeasure> measures(long childId) {
        return jdbc.sql("""
                select m.*, e.display_name from nav_child_welfare_measure m join employee e on e.id = m.recorded_by
                 where m.child_id = ? order by m.starts_on, m.id""")
                .param(childId)
                .query((rs, row) -> new ChildWelfareMeasure(rs.getLong("id"), rs.getLong("child_id"),
                        rs.getLong("unit_id"), rs.getString("description"), rs.getDate("starts_on").toLocalDate(),
                        date(rs, "ends_on"), rs.getString("display_name")))
                .list();
    }

    public Optional<LocalDate> birthDate(long childId) {
        return jdbc.sql("select birth_date from child where id = ?").param(childId)
                .query((rs, row) -> date(rs, "birth_date")).optional();
    }

    public long insertTransition(long childId, long childWelfareUnitId, long navUnitId, long consentId,
            LocalDate startedOn, long startedBy, OffsetDateTime now) {
        return jdbc.sql("""
                insert into nav_transition (child_id, child_welfare_unit_id, nav_unit_id, consent_id, started_on,
                                            started_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, childWelfareUnitId, navUnitId, consentId, startedOn, startedBy, now)
                .query(Long.class).single();
    }

    public Optional<Long> transitionOf(long childId, long childWelfareUnitId) {
        return jdbc.sql("select id from nav_transition where child_id = ? and child_welfare_unit_id = ?")
                .params(childId, childWelfareUnitId).query(Long.class).optional();
    }

    public Optional<Row> transition(long id) {
        return jdbc.sql("""
                select t.*, c.given_name, c.family_name, c.birth_date, cw.name as cw_name, nu.name as nav_name
                  from nav_transition t
                  join child c on c.id = t.child_id
                  join unit cw on cw.id = t.child_welfare_unit_id
                  join unit nu on nu.id = t.nav_unit_id
                 where t.id = ?""")
                .param(id)
                .query((rs, row) -> new Row(rs.getLong("id"), rs.getLong("child_id"), rs.getString("given_name"),
                        rs.getString("family_name"), date(rs, "birth_date"), rs.getLong("child_welfare_unit_id"),
                        rs.getString("cw_name"), rs.getLong("nav_unit_id"), rs.getString("nav_name"),
                        rs.getLong("consent_id"), rs.getDate("started_on").toLocalDate(), date(rs, "meeting_on"),
                        rs.getString("meeting_participants"), rs.getString("goals"),
                        (Boolean) rs.getObject("individual_plan_due"), rs.getString("individual_plan_reason"),
                        date(rs, "follow_up_until")))
                .optional();
    }

    public void updatePlan(long id, LocalDate meetingOn, String participants, String goals, boolean individualPlanDue,
            String reason, LocalDate followUpUntil, OffsetDateTime now) {
        jdbc.sql("""
                update nav_transition
                   set meeting_on = ?, meeting_participants = ?, goals = ?, individual_plan_due = ?,
                       individual_plan_reason = ?, follow_up_until = ?, updated_at = ?
                 where id = ?""")
                .params(meetingOn, participants, goals, individualPlanDue, reason, followUpUntil, now, id).update();
    }

    public long insertPlanMeasure(long transitionId, String description, String responsible, LocalDate timeLimit,
            LocalDate evaluationOn, OffsetDateTime now) {
        return jdbc.sql("""
                insert into nav_transition_measure (transition_id, description, responsible, time_limit, evaluation_on,
                                                    created_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(transitionId, description, responsible, timeLimit, evaluationOn, now).query(Long.class).single();
    }

    public List<TransitionMeasure> planMeasures(long transitionId) {
        return jdbc.sql("select * from nav_transition_measure where transition_id = ? order by evaluation_on, id")
                .param(transitionId)
                .query((rs, row) -> new TransitionMeasure(rs.getLong("id"), rs.getLong("transition_id"),
                        rs.getString("description"), rs.getString("responsible"),
                        rs.getDate("time_limit").toLocalDate(), rs.getDate("evaluation_on").toLocalDate()))
                .list();
    }

    /** Child welfare's list: the young people the unit has recorded measures for, that the door lets it read. */
    public List<Listed> childWelfareList(long unitId, ChildDataFilter filter) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("unit", unitId);
        return jdbc.sql("""
                select c.id as child_id, c.given_name, c.family_name, c.birth_date, t.id as transition_id,
                       nu.name as nav_name, access.basis, access.consent_id, access.emergency_id
                  from child c
                  left join nav_transition t on t.child_id = c.id and t.child_welfare_unit_id = :unit
                  left join unit nu on nu.id = t.nav_unit_id
                """ + filter.join("c.id") + """
                 where exists (select 1 from nav_child_welfare_measure m where m.child_id = c.id and m.unit_id = :unit)
                 order by c.birth_date nulls last, c.id""")
                .params(parameters).query(TransitionRepository::listed).list();
    }

    /** NAV's list: transitions to the unit whose plan the door lets it read (the young person's consent). */
    public List<Listed> navList(long unitId, ChildDataFilter filter) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("unit", unitId);
        return jdbc.sql("""
                select c.id as child_id, c.given_name, c.family_name, c.birth_date, t.id as transition_id,
                       nu.name as nav_name, access.basis, access.consent_id, access.emergency_id
                  from nav_transition t
                  join child c on c.id = t.child_id
                  join unit nu on nu.id = t.nav_unit_id
                """ + filter.join("c.id") + """
                 where t.nav_unit_id = :unit
                 order by c.birth_date nulls last, c.id""")
                .params(parameters).query(TransitionRepository::listed).list();
    }

    private static Listed listed(ResultSet rs, int row) throws SQLException {
        long childId = rs.getLong("child_id");
        return new Listed(childId, rs.getString("given_name"), rs.getString("family_name"), date(rs, "birth_date"),
                (Long) rs.getObject("transition_id"), rs.getString("nav_name"),
                new ListedChild(childId, Basis.valueOf(rs.getString("basis")), (Long) rs.getObject("consent_id"),
                        (Long) rs.getObject("emergency_id")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
