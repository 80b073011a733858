package no.laget.support;

import java.util.List;
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

    public void reset() {
        statements.set(0);
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
    }
}
