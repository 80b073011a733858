package no.laget.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.access.Basis;
import no.laget.access.ChildDataFilter;
import no.laget.access.ListedChild;
import no.laget.casework.ConcernDecision;
import no.laget.casework.ConcernStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Concerns and their steps; a concern with its steps is two statements, a list one. */
@Repository
public class ConcernRepository {

    private final JdbcClient jdbc;

    ConcernRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long childId, long unitId, long writtenBy, LocalDate writtenOn, LocalDate observedOn,
            String whatSeen, boolean suspicion, OffsetDateTime now) {
        return jdbc.sql("""
                insert into concern (child_id, unit_id, written_by, written_on, observed_on, what_seen,
                                     suspicion_of_harm, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, unitId, writtenBy, writtenOn, observedOn, whatSeen, suspicion, now)
                .query(Long.class).single();
    }

    /** Just the owner, for the access decision before anything else is read. */
    public record Owner(long childId, long unitId) {}

    public Optional<Owner> owner(long id) {
        return jdbc.sql("select child_id, unit_id from concern where id = ?").param(id)
                .query((rs, row) -> new Owner(rs.getLong("child_id"), rs.getLong("unit_id"))).optional();
    }

    public Optional<Concern> find(long id, int decisionDays) {
        Map<ConcernStep, Concern.StepDone> steps = new EnumMap<>(ConcernStep.class);
        jdbc.sql("""
                select s.step, s.done_on, s.note, e.display_name
                  from concern_step s join employee e on e.id = s.recorded_by
                 where s.concern_id = ?""")
                .param(id)
                .query(rs -> {
                    ConcernStep step = ConcernStep.valueOf(rs.getString("step"));
                    steps.put(step, new Concern.StepDone(step, rs.getDate("done_on").toLocalDate(), rs.getString("note"),
                            rs.getString("display_name")));
                });
        return jdbc.sql("""
                select c.*, ch.given_name || ' ' || ch.family_name as child_name, e.display_name as written_by_name
                  from concern c
                  join child ch on ch.id = c.child_id
                  join employee e on e.id = c.written_by
                 where c.id = ?""")
                .param(id)
                .query((rs, row) -> new Concern(rs.getLong("id"), rs.getLong("child_id"), rs.getString("child_name"),
                        rs.getLong("unit_id"), rs.getLong("written_by"), rs.getString("written_by_name"),
                        rs.getDate("written_on").toLocalDate(), rs.getDate("observed_on").toLocalDate(),
                        rs.getString("what_seen"), rs.getBoolean("suspicion_of_harm"),
                        rs.getString("decision") == null ? null : ConcernDecision.valueOf(rs.getString("decision")),
                        rs.getString("decision_note"),
                        rs.getDate("decided_on") == null ? null : rs.getDate("decided_on").toLocalDate(),
                        rs.getDate("written_on").toLocalDate().plusDays(decisionDays),
                        (Long) rs.getObject("case_id"), rs.getInt("version"), Map.copyOf(steps)))
                .optional();
    }

    /** Changes the note when the version is still the one the user saw; false when someone else changed it. */
    public boolean change(long id, int version, LocalDate observedOn, String whatSeen, boolean suspicion) {
        return jdbc.sql("""
                update concern set observed_on = ?, what_seen = ?, suspicion_of_harm = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(observedOn, whatSeen, suspicion, id, version).update() == 1;
    }

    public void recordStep(long id, ConcernStep step, LocalDate doneOn, String note, long by, OffsetDateTime now) {
        jdbc.sql("""
                insert into concern_step (concern_id, step, done_on, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (concern_id, step) do update
                   set done_on = excluded.done_on, note = excluded.note, recorded_by = excluded.recorded_by,
                       recorded_at = excluded.recorded_at""")
                .params(id, step.name(), doneOn, note, by, now).update();
    }

    public boolean decide(long id, int version, ConcernDecision decision, String note, LocalDate on, long by) {
        return jdbc.sql("""
                update concern set decision = ?, decision_note = ?, decided_on = ?, decided_by = ?, version = version + 1
                 where id = ? and version = ? and decision is null""")
                .params(decision.name(), note, on, by, id, version).update() == 1;
    }

    public void linkCase(long id, long caseId) {
        jdbc.sql("update concern set case_id = ? where id = ?").params(caseId, id).update();
    }

    public record Row(ConcernSummary concern, ListedChild listed) {}

    /** The unit's concerns the user may see, undecided first, then newest; one statement. */
    public List<Row> forUnit(ChildDataFilter filter, long unitId, Long childId, int decisionDays, int limit) {
        return jdbc.sql("""
                select c.id, c.child_id, ch.given_name || ' ' || ch.family_name as child_name, c.written_on,
                       c.decision, e.display_name, c.suspicion_of_harm,
                       access.basis, access.consent_id, access.emergency_id
                  from concern c
                  join child ch on ch.id = c.child_id
                  join employee e on e.id = c.written_by
                """ + filter.join("c.child_id") + """
                 where c.unit_id = :unit and (cast(:child as bigint) is null or c.child_id = :child)
                 order by (c.decision is null) desc, c.written_on desc, c.id desc
                 limit :limit""")
                .params(filter.parameters())
                .param("unit", unitId).param("child", childId).param("limit", limit)
                .query((rs, row) -> new Row(new ConcernSummary(rs.getLong("id"), rs.getLong("child_id"),
                        rs.getString("child_name"), rs.getDate("written_on").toLocalDate(),
                        rs.getDate("written_on").toLocalDate().plusDays(decisionDays),
                        rs.getString("decision") == null ? null : ConcernDecision.valueOf(rs.getString("decision")),
                        rs.getString("display_name"), rs.getBoolean("suspicion_of_harm")),
                        new ListedChild(rs.getLong("child_id"), Basis.valueOf(rs.getString("basis")),
                                (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id"))))
                .list();
    }
}
