package no.laget.catalogue.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** CSV imports and the reasons rows were refused. The file's text is kept only while the import runs. */
@Repository
class ImportRepository {

    enum Mode { GOOD_ROWS, ALL_OR_NOTHING }

    enum Status { RUNNING, DONE, FAILED }

    record ImportJob(long id, Mode mode, Status status, int total, int done, int stored, int refused) {
        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }

    record Problem(int row, String column, String messageKey) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long start(Mode mode, int total, String content, long employeeId) {
        return jdbc.sql("""
                insert into catalogue_import (mode, status, rows_total, content, started_by, started_at)
                values (?, 'RUNNING', ?, ?, ?, ?) returning id""")
                .params(mode.name(), total, content, employeeId, now()).query(Long.class).single();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("""
                select id, mode, status, rows_total, rows_done, rows_stored, rows_refused
                from catalogue_import where id = ?""").param(id)
                .query((rs, row) -> new ImportJob(rs.getLong("id"), Mode.valueOf(rs.getString("mode")),
                        Status.valueOf(rs.getString("status")), rs.getInt("rows_total"), rs.getInt("rows_done"),
                        rs.getInt("rows_stored"), rs.getInt("rows_refused")))
                .optional();
    }

    String content(long id) {
        return jdbc.sql("select content from catalogue_import where id = ?").param(id).query(String.class).single();
    }

    void progress(long id, int done, int stored, int refused) {
        jdbc.sql("update catalogue_import set rows_done = ?, rows_stored = ?, rows_refused = ? where id = ?")
                .params(done, stored, refused, id).update();
    }

    void finish(long id, Status status) {
        jdbc.sql("update catalogue_import set status = ?, content = null, finished_at = ? where id = ?")
                .params(status.name(), now(), id).update();
    }

    void addProblems(long id, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into catalogue_import_problem (import_id, row_number, column_name, message_key)
                select ?, * from unnest(?::int[], ?::text[], ?::text[])""")
                .params(id, problems.stream().map(Problem::row).toArray(Integer[]::new),
                        problems.stream().map(Problem::column).toArray(String[]::new),
                        problems.stream().map(Problem::messageKey).toArray(String[]::new))
                .update();
    }

    List<Problem> problems(long id) {
        return jdbc.sql("""
                select row_number, column_name, message_key from catalogue_import_problem
                where import_id = ? order by row_number""").param(id)
                .query((rs, row) -> new Problem(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
