package no.laget.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.laget.access.Basis;
import no.laget.access.ChildDataFilter;
import no.laget.access.ListedChild;
import no.laget.casework.Cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The user's own casework for "Mine saker og frister": one statement per section, the access rule joined in, so a
 * row the door would refuse is not read at all. Measures and concerns read the state of their own duties from the
 * deadline table (source {@code case_measure} / {@code concern}), which is where "still to be evaluated" lives.
 */
@Repository
class MyCaseworkRepository {

    enum Kind { HOLDER, OFFERED, CONCERN }

    /** A case I hold, a hand-over offered to me, or a concern of mine awaiting a decision. */
    record CaseRow(Kind kind, long id, long childId, String childName, int level, LocalDate date, LocalDate warnOn,
            ListedChild listed) {}

    record MeasureRow(long id, long caseId, String what, long childId, String childName, LocalDate dueOn,
            LocalDate warnOn, ListedChild listed) {}

    private final JdbcClient jdbc;

    MyCaseworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open cases the employee holds the relay for, open cases whose relay is offered to them, and their own unit's
     * undecided concerns they wrote; overdue first, then by date (cases without a date last). One statement. The
     * cases are found from two partial indexes (relay_case_holder_open_idx, case_handover_to_idx): an "or" of the
     * two made PostgreSQL read every open case of the country (MyCaseworkPlanTest).
     */
    List<CaseRow> cases(ChildDataFilter filter, long employeeId, long unitId, LocalDate today, int limit) {
        Map<String, Object> params = new HashMap<>(filter.parameters());
        params.put("me", employeeId);
        params.put("unit", unitId);
        params.put("today", today);
        params.put("limit", limit);
        params.put("measureSource", Cases.MEASURE_SOURCE);
        params.put("evaluationKind", Cases.EVALUATION_KIND);
        params.put("concernSource", Concerns.SOURCE);
        params.put("decisionKind", Concerns.DECISION_KIND);
        return jdbc.sql("""
                select w.*, ch.given_name || ' ' || ch.family_name as child_name,
                       access.basis, access.consent_id, access.emergency_id
                  from (
                        select case when c.holder_employee_id = :me then 'HOLDER' else 'OFFERED' end as kind,
                               c.id, c.child_id, c.level,
                               (select min(d.due_on) from case_measure m
                                  join deadline d on d.source_type = :measureSource and d.source_id = m.id
                                                 and d.kind = :evaluationKind and d.done_at is null
                                 where m.case_id = c.id) as date,
                               null::date as warn_on
                          from relay_case c
                         where c.closed_at is null
                           and c.id in (select h.id from relay_case h
                                         where h.holder_employee_id = :me and h.closed_at is null
                                        union all
                                        select o.case_id from case_handover o
                                         where o.to_employee_id = :me and o.answered_at is null)
                        union all
                        select 'CONCERN', k.id, k.child_id, 0, d.due_on, d.warn_on
                          from concern k
                          left join deadline d on d.source_type = :concernSource and d.source_id = k.id
                                              and d.kind = :decisionKind
                         where k.written_by = :me and k.unit_id = :unit and k.decision is null
                       ) w
                  join child ch on ch.id = w.child_id
                """ + filter.join("w.child_id") + """
                 order by coalesce(w.date < :today, false) desc, w.date nulls last, w.kind, w.id
                 limit :limit""")
                .params(params)
                .query((rs, row) -> new CaseRow(Kind.valueOf(rs.getString("kind")), rs.getLong("id"),
                        rs.getLong("child_id"), rs.getString("child_name"), rs.getInt("level"),
                        rs.getObject("date", LocalDate.class), rs.getObject("warn_on", LocalDate.class), listed(rs)))
                .list();
    }

    /**
     * Measures of open cases still to be evaluated that rest on the employee, or on their unit when the measure
     * names no person; overdue first, then by evaluation date. One statement; the "or" is two partial indexes
     * (case_measure_employee_idx, case_measure_unit_idx), one for each side.
     */
    List<MeasureRow> measures(ChildDataFilter filter, long employeeId, long unitId, LocalDate today, int limit) {
        Map<String, Object> params = new HashMap<>(filter.parameters());
        params.put("me", employeeId);
        params.put("unit", unitId);
        params.put("today", today);
        params.put("limit", limit);
        params.put("measureSource", Cases.MEASURE_SOURCE);
        params.put("evaluationKind", Cases.EVALUATION_KIND);
        return jdbc.sql("""
                select m.id, m.case_id, m.what, c.child_id, ch.given_name || ' ' || ch.family_name as child_name,
                       d.due_on, d.warn_on, access.basis, access.consent_id, access.emergency_id
                  from case_measure m
                  join relay_case c on c.id = m.case_id and c.closed_at is null
                  join deadline d on d.source_type = :measureSource and d.source_id = m.id
                                 and d.kind = :evaluationKind and d.done_at is null
                  join child ch on ch.id = c.child_id
                """ + filter.join("c.child_id") + """
                 where m.responsible_employee_id = :me
                    or (m.responsible_employee_id is null and m.responsible_unit_id = :unit)
                 order by (d.due_on < :today) desc, d.due_on, m.id
                 limit :limit""")
                .params(params)
                .query((rs, row) -> new MeasureRow(rs.getLong("id"), rs.getLong("case_id"), rs.getString("what"),
                        rs.getLong("child_id"), rs.getString("child_name"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("warn_on", LocalDate.class), listed(rs)))
                .list();
    }

    private static ListedChild listed(ResultSet rs) throws SQLException {
        return new ListedChild(rs.getLong("child_id"), Basis.valueOf(rs.getString("basis")),
                (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id"));
    }
}
