package no.laget.casework.internal;

import java.time.LocalDate;
import java.util.Set;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.support.LagetTest;
import no.laget.support.QueryPlans;
import no.laget.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The levels figure names each case's first participant: that subquery must find the case's participants by index,
 * not read the whole table once per case (11.9 s at 200,000 children before V192). With sequential scans priced out,
 * the planner still chooses one only where no index serves, so the test needs no large data.
 */
@LagetTest
class CaseworkFiguresPlanTest {

    @Autowired CaseworkFigures figures;
    @Autowired SqlStatementCounter sql;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void each_cases_first_participant_is_found_by_index() {
        sql.reset();
        figures.levels(FigurePeriod.of(2026, LocalDate.of(2026, 6, 30)), FigureScope.country());
        SqlStatementCounter.Statement levels = QueryPlans.find(sql, "from case_participant p where p.case_id = r.id");

        String plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return QueryPlans.explain(jdbc, levels);
        });

        assertThat(QueryPlans.wholeReads(plan, Set.of("case_participant"))).as("whole reads in %s", plan).isEmpty();
    }
}
