package no.laget.statistics.internal;

import java.time.LocalDate;
import java.util.Map;
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
 * One municipality's internal figures read that municipality's rows, found from its units by index, not whole
 * tables: at 200,000 children in 65 municipalities the page counted every row (about 7 s on a loaded machine before
 * V197). With sequential scans priced out, the planner still chooses one only where no index serves, so the test
 * needs no large data (like {@code CaseworkFiguresPlanTest}).
 */
@LagetTest
class InternalFiguresPlanTest {

    /** A marker of each statement a scoped page sends, and the large tables it must not read whole. */
    private static final Map<String, Set<String>> STATEMENTS = Map.of(
            "from unit u join consent c on", Set.of("consent"),
            "from unit u join child_unit cu on", Set.of("child_unit", "child"),
            "from unit pu join case_participant p on", Set.of("case_participant", "relay_case", "concern", "child"),
            "from feedback_answer a join unit u", Set.of("feedback_answer"));

    @Autowired InternalFigures figures;
    @Autowired SqlStatementCounter sql;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void a_municipality_s_figures_find_its_rows_by_index() {
        sendScopedStatements();
        STATEMENTS.forEach((marker, tables) -> {
            SqlStatementCounter.Statement statement = QueryPlans.find(sql, marker);
            String plan = transaction.execute(status -> {
                jdbc.sql("set local enable_seqscan = off").update();
                return QueryPlans.explain(jdbc, statement);
            });
            assertThat(QueryPlans.wholeReads(plan, tables)).as("whole reads in %s", plan).isEmpty();
        });
    }

    private void sendScopedStatements() {
        long municipality = jdbc.sql("select municipality_id from unit order by id limit 1").query(Long.class).single();
        sql.reset();
        figures.tables(FigurePeriod.of(2026, LocalDate.of(2026, 6, 30)), FigureScope.municipality(municipality));
    }
}
