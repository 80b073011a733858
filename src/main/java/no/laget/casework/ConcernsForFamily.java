package no.laget.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A child's level-0 concerns (undringsnotat) and the guide's steps, for the family's own download (innsyn), oldest
 * first, in two statements however many. <strong>Reads without an employee: the caller has decided access through
 * {@code access.FamilyDoor}</strong> (category RELAY_LOG, which the concerns are written under).
 * <p>
 * Left out, because they belong to child welfare and may reveal a report of concern before child welfare (or the
 * police) has been able to investigate (docs/domain.md rule 3; the family's access log leaves out the same): a concern
 * marked as suspected violence, abuse or serious neglect, a concern decided as a report to child welfare, and a concern
 * written in a child welfare service. The service is named, not the employee (as in the family's access log).
 */
@Service
public class ConcernsForFamily {

    /** More concerns than any child has; a bound on the rows read. */
    public static final int MAX_CONCERNS = 200;

    public record FamilyConcern(long id, String unitName, LocalDate writtenOn, LocalDate observedOn, String whatSeen,
            ConcernDecision decision, String decisionNote, LocalDate decidedOn, List<Step> steps) {

        @Override
        public String toString() {
            return "FamilyConcern[" + id + "]";
        }
    }

    /** One step of the guide done, in the guide's order. */
    public record Step(ConcernStep step, LocalDate doneOn, String note) {}

    private static final String SHOWN = """
            c.child_id = :child and not c.suspicion_of_harm and c.decision is distinct from 'REPORT'
            and u.type <> 'CHILD_WELFARE'""";

    private final JdbcClient jdbc;

    ConcernsForFamily(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FamilyConcern> ofChild(long childId) {
        Map<Long, List<Step>> steps = new HashMap<>();
        jdbc.sql("""
                select s.concern_id, s.step, s.done_on, s.note
                  from concern_step s join concern c on c.id = s.concern_id join unit u on u.id = c.unit_id
                 where\s""" + SHOWN + """
                 order by s.concern_id, s.done_on""")
                .param("child", childId)
                .query(rs -> {
                    steps.computeIfAbsent(rs.getLong("concern_id"), id -> new ArrayList<>()).add(new Step(
                            ConcernStep.valueOf(rs.getString("step")), rs.getDate("done_on").toLocalDate(),
                            rs.getString("note")));
                });
        steps.values().forEach(list -> list.sort(java.util.Comparator.comparing(s -> s.step().ordinal())));
        return jdbc.sql("""
                select c.id, u.name as unit_name, c.written_on, c.observed_on, c.what_seen, c.decision,
                       c.decision_note, c.decided_on
                  from concern c join unit u on u.id = c.unit_id
                 where\s""" + SHOWN + """
                 order by c.written_on, c.id limit :max""")
                .param("child", childId).param("max", MAX_CONCERNS)
                .query((rs, row) -> new FamilyConcern(rs.getLong("id"), rs.getString("unit_name"),
                        rs.getDate("written_on").toLocalDate(), rs.getDate("observed_on").toLocalDate(),
                        rs.getString("what_seen"),
                        rs.getString("decision") == null ? null : ConcernDecision.valueOf(rs.getString("decision")),
                        rs.getString("decision_note"),
                        rs.getDate("decided_on") == null ? null : rs.getDate("decided_on").toLocalDate(),
                        List.copyOf(steps.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }
}
