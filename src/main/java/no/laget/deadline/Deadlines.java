package no.laget.deadline;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where modules put their dated duties. One row per (source type, source id, kind): scheduling again moves the
 * date and reopens it, so a module can call {@link #schedule} whenever its own date changes. Call it in the
 * same transaction as the work that creates the duty.
 */
@Service
public class Deadlines {

    private final JdbcClient jdbc;
    private final Clock clock;

    Deadlines(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void schedule(DeadlineRequest request) {
        jdbc.sql("""
                insert into deadline (kind, source_type, source_id, child_id, unit_id, employee_id, due_on, warn_on,
                                      link, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (source_type, source_id, kind) do update
                   set child_id = excluded.child_id, unit_id = excluded.unit_id, employee_id = excluded.employee_id,
                       due_on = excluded.due_on, warn_on = excluded.warn_on, link = excluded.link, done_at = null""")
                .params(request.kind(), request.sourceType(), request.sourceId(), request.childId(), request.unitId(),
                        request.employeeId(), request.dueOn(), request.warnOn(), request.link(), now())
                .update();
    }

    /** The duty was done; it leaves every list. Returns false when there was no open duty of that kind. */
    public boolean complete(String sourceType, long sourceId, String kind) {
        return jdbc.sql("""
                update deadline set done_at = ?
                 where source_type = ? and source_id = ? and kind = ? and done_at is null""")
                .params(now(), sourceType, sourceId, kind).update() > 0;
    }

    /** The work behind the duties ended (a case closed, a consent withdrawn): all its open duties go. */
    public int completeAll(String sourceType, long sourceId) {
        return jdbc.sql("update deadline set done_at = ? where source_type = ? and source_id = ? and done_at is null")
                .params(now(), sourceType, sourceId).update();
    }

    /** The duty moves to someone else (a new relay holder), keeping its date. */
    public int reassign(String sourceType, long sourceId, Long unitId, Long employeeId) {
        if (unitId == null && employeeId == null) {
            throw new IllegalArgumentException("A deadline rests on a person or a unit");
        }
        return jdbc.sql("""
                update deadline set unit_id = ?, employee_id = ?
                 where source_type = ? and source_id = ? and done_at is null""")
                .params(unitId, employeeId, sourceType, sourceId).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
