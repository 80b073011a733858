package no.laget.platform.web;

import java.sql.SQLTransientConnectionException;

/**
 * The connection pool had no connection for a request within {@code laget.db.connection-timeout} (Hikari's
 * {@link SQLTransientConnectionException}, whatever Spring wraps it in): every connection is busy, or the database
 * does not answer. That is not a fault in the request and not a bug, so the answer is 503 with a Retry-After, soon,
 * instead of a 500 after Hikari's default 30 s; the client (or the person) tries again a little later.
 */
final class DatabaseBusy {

    /** Seconds a client should wait before trying again: a few times the pool's timeout, long enough to drain. */
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseBusy() {}

    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
