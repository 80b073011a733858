package no.laget.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.laget.casework.internal.CaseRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every relay case of a child, open and closed, with its whole relay log (participants, goals, measures,
 * evaluations, level changes, hand-overs, meetings and minutes), oldest first, for the family's own download
 * (innsyn), in a fixed number of statements however many cases and entries. <strong>Reads without an
 * employee: the caller has decided access through {@code access.FamilyDoor}</strong> (category RELAY_LOG).
 */
@Service
public class CasesForFamily {

    /** More cases than any child has; a bound on the plans read. */
    public static final int MAX_CASES = 50;

    private final JdbcClient jdbc;
    private final CaseRepository repository;

    CasesForFamily(JdbcClient jdbc, CaseRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /**
     * A case's individual plan (docs/domain.md rule 29's items, the period and the revision date), as last saved.
     * Employee names are shown, as in the relay log (rule 7).
     */
    public record IndividualPlan(long caseId, String goalsNeeds, String whoTakesPart, String whoCoordinates,
            String contributions, String measures, String howCarriedOut, LocalDate periodFrom, LocalDate periodTo,
            LocalDate reviseOn, String consents, String cooperation, OffsetDateTime updatedAt, String updatedByName) {

        @Override
        public String toString() {
            return "IndividualPlan[" + caseId + "]";
        }
    }

    /**
     * The individual plans of the child's relay cases (at most one a case), by case id: one statement however many.
     * <strong>The caller has decided access through {@code access.FamilyDoor}</strong> (category RELAY_LOG).
     */
    public Map<Long, IndividualPlan> plansOfChild(long childId) {
        return jdbc.sql("""
                select p.*, e.display_name as updated_by_name
                  from individual_plan p join relay_case r on r.id = p.case_id join employee e on e.id = p.updated_by
                 where r.child_id = ? order by p.case_id limit ?""")
                .params(childId, MAX_CASES)
                .query((rs, row) -> new IndividualPlan(rs.getLong("case_id"), rs.getString("goals_needs"),
                        rs.getString("who_takes_part"), rs.getString("who_coordinates"), rs.getString("contributions"),
                        rs.getString("measures"), rs.getString("how_carried_out"),
                        rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                        rs.getDate("revise_on").toLocalDate(), rs.getString("consents"), rs.getString("cooperation"),
                        rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by_name")))
                .list().stream().collect(Collectors.toMap(IndividualPlan::caseId, p -> p, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** Every case of the child with its whole relay log, oldest first, in a fixed number of statements however many. */
    public List<RelayCase> ofChild(long childId) {
        return repository.forChild(childId);
    }
}
