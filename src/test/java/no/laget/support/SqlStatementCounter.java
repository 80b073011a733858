package no.laget.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts SQL statements sent to the database, from any thread. List pages assert that the count does not
 * grow with the number of rows: reset, make the request, read. Also counts what a request costs besides its
 * statements: connections taken from the pool, commits and rollbacks, and statements sent in autocommit (each of those
 * is a transaction of its own), so that {@link #transactions()} is the number of transactions the database ran.
 */
public class SqlStatementCounter implements QueryExecutionListener, MethodExecutionListener {

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger autocommitted = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Statement> seen = new CopyOnWriteArrayList<>();

    /** A statement as sent: its SQL with {@code ?} and the arguments of its first (or only) execution. */
    public record Statement(String sql, List<Object> arguments) {}

    public void reset() {
        statements.set(0);
        autocommitted.set(0);
        commits.set(0);
        rollbacks.set(0);
        connections.set(0);
        seen.clear();
    }

    /** The statements sent since the last reset, in order (for EXPLAIN in tests; see {@link QueryPlans}). */
    public List<Statement> statements() {
        return List.copyOf(seen);
    }

    public int count() {
        return statements.get();
    }

    /** Explicit commits, rollbacks and statements sent in autocommit: the transactions the database ran. */
    public int transactions() {
        return commits.get() + rollbacks.get() + autocommitted.get();
    }

    public int commits() {
        return commits.get();
    }

    /** Connections taken from the pool. */
    public int connections() {
        return connections.get();
    }

    /** The statements since the last reset whose SQL contains the text (case-insensitive). */
    public long countContaining(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return seen.stream().filter(s -> s.sql().toLowerCase(java.util.Locale.ROOT).contains(lower)).count();
    }

    /** A one-line summary for messages and measurements. */
    public String summary() {
        return "%d statements, %d transactions (%d commits, %d rollbacks, %d in autocommit), %d connections"
                .formatted(count(), transactions(), commits.get(), rollbacks.get(), autocommitted.get(), connections());
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        statements.addAndGet(queries.size());
        if (inAutocommit(execution)) {
            autocommitted.incrementAndGet();
        }
        for (QueryInfo query : queries) {
            List<Object> arguments = query.getParametersList().isEmpty() ? List.of()
                    : query.getParametersList().getFirst().stream()
                            .sorted(java.util.Comparator.comparingInt(p -> (Integer) p.getArgs()[0]))
                            .map(p -> p.getMethod().getName().equals("setNull") ? null : p.getArgs()[1])
                            .toList();
            seen.add(new Statement(query.getQuery(), arguments));
        }
    }

    private static boolean inAutocommit(ExecutionInfo execution) {
        try {
            return execution.getStatement() != null && execution.getStatement().getConnection().getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void beforeMethod(MethodExecutionContext context) {
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
        String name = context.getMethod().getName();
        if (context.getTarget() instanceof Connection) {
            if (name.equals("commit")) {
                commits.incrementAndGet();
            } else if (name.equals("rollback") && (context.getMethodArgs() == null || context.getMethodArgs().length == 0)) {
                rollbacks.incrementAndGet();
            }
        } else if (context.getTarget() instanceof DataSource && name.equals("getConnection")) {
            connections.incrementAndGet();
        }
    }
}
