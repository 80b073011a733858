package no.laget.plan.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan's tables. Every read for a whole plan is one statement per table, whatever the number of rows. */
@Repository
public class PlanRepository {

    /** An action as stored; unit names and the overdue flag are added by {@link no.laget.plan.internal.Plans}. */
    public record ActionRow(long id, long planId, long areaId, String title, long ownerUnitId, String responsible,
            String partners, int fromYear, int toYear, String periodNote, ActionStatus status, String statusComment,
            LocalDate statusDate, int version) {}

    public record AreaRow(long id, int position, String title, String description, int version) {}

    /** A strategy with the plan it belongs to, for its edit page. */
    public record StrategyRow(long id, long planId, int position, String title, String description, int version) {}

    /** An action a unit owns, with the names of its plan and area: the unit leader's list. */
    public record UnitActionRow(ActionRow action, String planName, int areaPosition, String areaTitle) {}

    public record GoalRow(long areaId, String text) {}

    public record StatusRow(long actionId, ActionStatus status, String comment, LocalDate date, Long recordedBy,
            OffsetDateTime recordedAt) {}

    private static final String ACTION_COLUMNS = """
            a.id, ar.plan_id, a.area_id, a.title, a.owner_unit_id, a.responsible, a.partners, a.from_year, a.to_year,
            a.period_note, a.status, a.status_comment, a.status_date, a.version""";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean none() {
        return jdbc.sql("select not exists (select 1 from plan)").query(Boolean.class).single();
    }

    public List<Plan> plans() {
        return jdbc.sql("select id, name, from_year, to_year, version from plan order by from_year desc, id")
                .query(Plan.class).list();
    }

    public Optional<Plan> plan(long id) {
        return jdbc.sql("select id, name, from_year, to_year, version from plan where id = ?").param(id)
                .query(Plan.class).optional();
    }

    /** Locks the plan's row until the transaction ends: new areas and strategies take the next position in turn. */
    public void lockPlan(long planId) {
        jdbc.sql("select id from plan where id = ? for update").param(planId).query(Long.class).optional();
    }

    public List<Strategy> strategies(long planId) {
        return jdbc.sql("select id, position, title, description, version from plan_strategy where plan_id = ? order by position")
                .param(planId).query(Strategy.class).list();
    }

    public Optional<StrategyRow> strategy(long id) {
        return jdbc.sql("select id, plan_id, position, title, description, version from plan_strategy where id = ?")
                .param(id).query(StrategyRow.class).optional();
    }

    public List<AreaRow> areas(long planId) {
        return jdbc.sql("select id, position, title, description, version from plan_area where plan_id = ? order by position")
                .param(planId).query(AreaRow.class).list();
    }

    public Optional<AreaRow> area(long areaId) {
        return jdbc.sql("select id, position, title, description, version from plan_area where id = ?")
                .param(areaId).query(AreaRow.class).optional();
    }

    public Optional<Long> planOfArea(long areaId) {
        return jdbc.sql("select plan_id from plan_area where id = ?").param(areaId).query(Long.class).optional();
    }

    public List<GoalRow> goals(long planId) {
        return jdbc.sql("""
                select g.area_id, g.text from plan_goal g join plan_area ar on ar.id = g.area_id
                 where ar.plan_id = ? order by ar.position, g.position""")
                .param(planId).query(GoalRow.class).list();
    }

    public List<String> goalsOfArea(long areaId) {
        return jdbc.sql("select text from plan_goal where area_id = ? order by position").param(areaId)
                .query(String.class).list();
    }

    /** The first and last year of the plan's actions; both null when it has none. */
    public record YearSpan(Integer firstYear, Integer lastYear) {}

    public YearSpan actionYears(long planId) {
        return jdbc.sql("""
                select min(a.from_year) as first_year, max(a.to_year) as last_year
                  from plan_action a join plan_area ar on ar.id = a.area_id where ar.plan_id = ?""")
                .param(planId).query(YearSpan.class).single();
    }

    public List<Target> targets(long planId) {
        return jdbc.sql("""
                select t.id, t.area_id, t.indicator_code, t.description, t.target_value, t.target_year, t.note
                  from plan_target t join plan_area ar on ar.id = t.area_id
                 where ar.plan_id = ? order by ar.position, t.id""")
                .param(planId).query(Target.class).list();
    }

    public List<ActionRow> actions(long planId) {
        return jdbc.sql("select " + ACTION_COLUMNS + " " + """
                 from plan_action a join plan_area ar on ar.id = a.area_id
                 where ar.plan_id = ? order by ar.position, a.from_year, a.id""")
                .param(planId).query(PlanRepository::action).list();
    }

    public Optional<ActionRow> action(long id) {
        return jdbc.sql("select " + ACTION_COLUMNS + " " + """
                 from plan_action a join plan_area ar on ar.id = a.area_id where a.id = ?""")
                .param(id).query(PlanRepository::action).optional();
    }

    /** Every action the unit owns, in every plan: one statement whatever the number. */
    public List<UnitActionRow> actionsOwnedBy(long unitId) {
        return jdbc.sql("select " + ACTION_COLUMNS + ", p.name as plan_name, ar.position as area_position, "
                + "ar.title as area_title" + " " + """
                 from plan_action a join plan_area ar on ar.id = a.area_id join plan p on p.id = ar.plan_id
                 where a.owner_unit_id = ?
                 order by p.from_year desc, p.id, ar.position, a.from_year, a.id""")
                .param(unitId)
                .query((rs, row) -> new UnitActionRow(action(rs, row), rs.getString("plan_name"),
                        rs.getInt("area_position"), rs.getString("area_title")))
                .list();
    }

    /** Status updates of every action of a plan, oldest first: the annual report reads a status at a year's end. */
    public List<StatusRow> statusHistory(long planId) {
        return jdbc.sql("""
                select s.action_id, s.status, s.comment, s.status_date, s.recorded_by, s.recorded_at
                  from plan_action_status s join plan_action a on a.id = s.action_id
                  join plan_area ar on ar.id = a.area_id
                 where ar.plan_id = ? order by s.status_date, s.recorded_at, s.id""")
                .param(planId).query(PlanRepository::status).list();
    }

    public List<StatusRow> statusHistoryOfAction(long actionId) {
        return jdbc.sql("""
                select action_id, status, comment, status_date, recorded_by, recorded_at from plan_action_status
                 where action_id = ? order by status_date, recorded_at, id""")
                .param(actionId).query(PlanRepository::status).list();
    }

    public long insertPlan(String name, int fromYear, int toYear, OffsetDateTime now) {
        return jdbc.sql("insert into plan (name, from_year, to_year, created_at) values (?, ?, ?, ?) returning id")
                .params(name, fromYear, toYear, now).query(Long.class).single();
    }

    /** A changed plan, if it still has the version the user saw. */
    public boolean updatePlan(long id, int version, String name, int fromYear, int toYear) {
        return jdbc.sql("""
                update plan set name = ?, from_year = ?, to_year = ?, version = version + 1 where id = ? and version = ?""")
                .params(name, fromYear, toYear, id, version).update() == 1;
    }

    /** The position after the plan's last strategy (call with the plan locked). */
    public int nextStrategyPosition(long planId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from plan_strategy where plan_id = ?").param(planId)
                .query(Integer.class).single();
    }

    /** The position after the plan's last area (call with the plan locked). */
    public int nextAreaPosition(long planId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from plan_area where plan_id = ?").param(planId)
                .query(Integer.class).single();
    }

    public boolean updateStrategy(long id, int version, String title, String description) {
        return jdbc.sql("""
                update plan_strategy set title = ?, description = ?, version = version + 1 where id = ? and version = ?""")
                .params(title, description, id, version).update() == 1;
    }

    public boolean updateArea(long id, int version, String title, String description) {
        return jdbc.sql("""
                update plan_area set title = ?, description = ?, version = version + 1 where id = ? and version = ?""")
                .params(title, description, id, version).update() == 1;
    }

    /** The area's goals become these, in this order. */
    public void replaceGoals(long areaId, List<String> goals) {
        jdbc.sql("delete from plan_goal where area_id = ?").param(areaId).update();
        for (int i = 0; i < goals.size(); i++) {
            insertGoal(areaId, i + 1, goals.get(i));
        }
    }

    public void insertStrategy(long planId, int position, String title, String description) {
        jdbc.sql("insert into plan_strategy (plan_id, position, title, description) values (?, ?, ?, ?)")
                .params(planId, position, title, description).update();
    }

    public long insertArea(long planId, int position, String title, String description) {
        return jdbc.sql("insert into plan_area (plan_id, position, title, description) values (?, ?, ?, ?) returning id")
                .params(planId, position, title, description).query(Long.class).single();
    }

    public void insertGoal(long areaId, int position, String text) {
        jdbc.sql("insert into plan_goal (area_id, position, text) values (?, ?, ?)").params(areaId, position, text).update();
    }

    public void insertTarget(long areaId, String indicatorCode, String description, BigDecimal value, int year,
            String note) {
        jdbc.sql("""
                insert into plan_target (area_id, indicator_code, description, target_value, target_year, note)
                values (?, ?, ?, ?, ?, ?)""")
                .params(areaId, indicatorCode, description, value, year, note).update();
    }

    public long insertAction(ActionData data, OffsetDateTime now) {
        return jdbc.sql("""
                insert into plan_action (area_id, title, owner_unit_id, responsible, partners, from_year, to_year,
                                         period_note, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED', ?, ?) returning id""")
                .params(data.areaId(), data.title(), data.ownerUnitId(), data.responsible(), data.partners(),
                        data.fromYear(), data.toYear(), data.periodNote(), now, now)
                .query(Long.class).single();
    }

    /** A changed action, if it still has the version the user saw. */
    public boolean updateAction(long id, int version, ActionData data, OffsetDateTime now) {
        return jdbc.sql("""
                update plan_action set area_id = ?, title = ?, owner_unit_id = ?, responsible = ?, partners = ?,
                       from_year = ?, to_year = ?, period_note = ?, updated_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(data.areaId(), data.title(), data.ownerUnitId(), data.responsible(), data.partners(),
                        data.fromYear(), data.toYear(), data.periodNote(), now, id, version)
                .update() == 1;
    }

    /**
     * Keeps the update in the history and, unless an update with a later date is already there, as the
     * action's current status: an update recorded today about last spring does not overwrite this week's.
     */
    public void recordStatus(long actionId, ActionStatus status, String comment, LocalDate date, Long recordedBy,
            OffsetDateTime now) {
        jdbc.sql("""
                insert into plan_action_status (action_id, status, comment, status_date, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(actionId, status.name(), comment, date, recordedBy, now).update();
        jdbc.sql("""
                update plan_action set status = ?, status_comment = ?, status_date = ?, updated_at = ?
                 where id = ? and (status_date is null or status_date <= ?)""")
                .params(status.name(), comment, date, now, actionId, date).update();
    }

    private static ActionRow action(ResultSet rs, int row) throws SQLException {
        Date date = rs.getDate("status_date");
        return new ActionRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("area_id"), rs.getString("title"),
                rs.getLong("owner_unit_id"), rs.getString("responsible"), rs.getString("partners"),
                rs.getInt("from_year"), rs.getInt("to_year"), rs.getString("period_note"),
                ActionStatus.valueOf(rs.getString("status")), rs.getString("status_comment"),
                date == null ? null : date.toLocalDate(), rs.getInt("version"));
    }

    private static StatusRow status(ResultSet rs, int row) throws SQLException {
        Long recordedBy = rs.getObject("recorded_by", Long.class);
        return new StatusRow(rs.getLong("action_id"), ActionStatus.valueOf(rs.getString("status")),
                rs.getString("comment"), rs.getDate("status_date").toLocalDate(),
                recordedBy, rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
