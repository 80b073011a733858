package no.laget.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts SQL statements sent to the database, from any thread. List pages assert that the count does not
 * grow with the number of rows: reset, make the request, read.
 */
public class SqlStatementCounter implements QueryExecutionListener {

    private final AtomicInteger statements = new AtomicInteger();
    private final List<Statement> seen = new CopyOnWriteArrayList<>();

    /** A statement as sent: its SQL with {@code ?} and the arguments of its first (or only) execution. */
    public record Statement(String sql, List<Object> arguments) {}

    public void reset() {
        statements.set(0);
        seen.clear();
    }

    /** The statements sent since the last reset, in order (for EXPLAIN in tests; see {@link QueryPlans}). */
    public List<Statement> statements() {
        return List.copyOf(seen);
    }

    public int count() {
        return statements.get();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        statements.addAndGet(queries.size());
        for (QueryInfo query : queries) {
            List<Object> arguments = query.getParametersList().isEmpty() ? List.of()
                    : query.getParametersList().getFirst().stream()
                            .sorted(java.util.Comparator.comparingInt(p -> (Integer) p.getArgs()[0]))
                            .map(p -> p.getMethod().getName().equals("setNull") ? null : p.getArgs()[1])
                            .toList();
            seen.add(new Statement(query.getQuery(), arguments));
        }
    }
}
