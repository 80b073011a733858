package no.laget.archive.internal;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

/**
 * The extract as a background job for an administrator: started from the web page, run on one worker thread of the
 * node that got the request, its progress written to archive_extract_job so that any node's page can show it. The
 * files go to a directory on the server (laget.archive.extract-directory), never through the browser: the
 * administrator sees no child data, only counts, the directory and the outcome. One job at a time.
 *
 * <p>While a job runs, its node writes a heartbeat every fifth of the lease (laget.archive.extract-lease, default five
 * minutes). A RUNNING job whose heartbeat is older than the lease was left by a node that died or was stopped; it is
 * marked FAILED, with a message that says so, when this node starts and whenever a page or a new job asks, so one
 * dead node never blocks the next extract. A job found so and then finished by a node that was only slow stays FAILED.
 */
@Service
class ExtractJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExtractJobs.class);
    private static final int PROGRESS_EVERY = 250;

    private final TransactionTemplate progressWrites;

    enum Status { RUNNING, DONE, FAILED }

    record Job(long id, LocalDate from, LocalDate to, String directory, Status status, long total, long done,
            OffsetDateTime startedAt, OffsetDateTime finishedAt, String message) {

        public int percent() {
            return total == 0 ? 100 : (int) (done * 100 / total);
        }
    }

    private final JdbcClient jdbc;
    private final Extract extract;
    private final Clock clock;
    private final Path base;
    private final Duration lease;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "archive-extract");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "archive-extract-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    ExtractJobs(JdbcClient jdbc, Extract extract, Clock clock,
            @Value("${laget.archive.extract-directory:data/arkivuttrekk}") String base,
            @Value("${laget.archive.extract-lease:PT5M}") Duration lease, PlatformTransactionManager transactions) {
        // progress is written from inside the documents' read-only transaction: in a transaction of its own
        this.progressWrites = new TransactionTemplate(transactions);
        this.progressWrites.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (lease.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalStateException("laget.archive.extract-lease must be at least 10 seconds");
        }
        this.jdbc = jdbc;
        this.extract = extract;
        this.clock = clock;
        this.base = Path.of(base);
        this.lease = lease;
    }

    /** A node that starts has no job running yet: any RUNNING job with an old heartbeat was left by a dead node. */
    @EventListener(ApplicationReadyEvent.class)
    void recoverAtStart() {
        recoverAbandoned();
    }

    /**
     * Marks FAILED every RUNNING job whose heartbeat is older than the lease, with a message naming the last sign of
     * life (Oslo time). Returns how many it found.
     */
    int recoverAbandoned() {
        OffsetDateTime now = now();
        int found = jdbc.sql("""
                update archive_extract_job
                   set status = 'FAILED', finished_at = ?,
                       message = 'Uttrekket stoppet fordi serveren som laget det, sluttet å svare (siste livstegn '
                                 || to_char(heartbeat_at at time zone 'Europe/Oslo', 'DD.MM.YYYY HH24:MI')
                                 || '). Ingen filer i mappen kan brukes. Start et nytt uttrekk.'
                 where status = 'RUNNING' and heartbeat_at < ?""")
                .params(now, now.minus(lease)).update();
        if (found > 0) {
            log.warn("Archive extract: {} job(s) left running by a node that stopped were marked failed", found);
        }
        return found;
    }

    /** This node is still working on the job. */
    void beat(long id) {
        jdbc.sql("update archive_extract_job set heartbeat_at = ? where id = ? and status = 'RUNNING'")
                .params(now(), id).update();
    }

    /** Checks the period, records the job and hands it to the worker; the page follows it by its id. */
    long start(SignedInUser admin, String fromText, String toText) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> from = FieldRules.date(problems, "from", fromText, "archive.extract.from");
        Optional<LocalDate> to = FieldRules.date(problems, "to", toText, "archive.extract.to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(new FieldProblem("to", "archive.extract.to.before-from"));
        }
        if (problems.isEmpty()) {
            recoverAbandoned();
        }
        if (problems.isEmpty() && running().isPresent()) {
            problems.add(new FieldProblem("from", "archive.extract.running"));
        }
        long total = problems.isEmpty() ? extract.count(from.get(), to.get()) : 0;
        if (problems.isEmpty() && total == 0) {
            problems.add(new FieldProblem("from", "archive.extract.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = jdbc.sql("""
                insert into archive_extract_job (period_from, period_to, directory, status, records_total, started_by,
                    started_at, heartbeat_at)
                values (?, ?, '', 'RUNNING', ?, ?, ?, ?) returning id""")
                .params(from.get(), to.get(), total, admin.employeeId(), now(), now()).query(Long.class).single();
        // The start time in the name as well as the id: a new database (a restore, another installation) counts ids anew.
        String started = now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        Path directory = base.resolve("arkivuttrekk-" + from.get() + "-" + to.get() + "-" + started + "-" + id)
                .toAbsolutePath();
        jdbc.sql("update archive_extract_job set directory = ? where id = ?").params(directory.toString(), id).update();
        worker.submit(() -> run(id, from.get(), to.get(), directory));
        log.info("Archive extract job {} started by employee {}", id, admin.employeeId());
        return id;
    }

    private void run(long id, LocalDate from, LocalDate to, Path directory) {
        long every = Math.max(1_000, lease.toMillis() / 5);
        ScheduledFuture<?> beating = heart.scheduleAtFixedRate(() -> {
            try {
                beat(id);
            } catch (RuntimeException e) {
                log.warn("Archive extract job {}: heartbeat not written", id, e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        try {
            Extract.Result result = extract.write(from, to, directory, done -> {
                if (done % PROGRESS_EVERY == 0) {
                    progressWrites.executeWithoutResult(status -> jdbc.sql(
                            "update archive_extract_job set records_done = ? where id = ?").params(done, id).update());
                }
            });
            int updated = jdbc.sql("""
                    update archive_extract_job set status = 'DONE', records_done = records_total, finished_at = ?,
                        heartbeat_at = ?, message = ? where id = ? and status = 'RUNNING'""")
                    .params(now(), now(), result.checksums().size() + " filer, kontrollert mot skjemaene", id).update();
            if (updated == 0) {
                log.warn("Archive extract job {} finished after it was marked failed for a lost heartbeat", id);
            } else {
                log.info("Archive extract job {} done in {} ms", id, result.millis());
            }
        } catch (ExtractException e) {
            finishFailed(id, e.getMessage());
            log.warn("Archive extract job {} failed: {}", id, e.getMessage());
        } catch (RuntimeException e) {
            finishFailed(id, "Teknisk feil: se loggen på serveren");
            log.error("Archive extract job {} failed", id, e);
        } finally {
            beating.cancel(false);
        }
    }

    private void finishFailed(long id, String message) {
        jdbc.sql("update archive_extract_job set status = 'FAILED', finished_at = ?, message = ? where id = ? and status = 'RUNNING'")
                .params(now(), message.length() > 2000 ? message.substring(0, 2000) : message, id).update();
    }

    Optional<Job> get(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ExtractJobs::job).optional();
    }

    List<Job> latest() {
        return jdbc.sql(SELECT + " order by started_at desc, id desc limit 10").query(ExtractJobs::job).list();
    }

    private Optional<Job> running() {
        return jdbc.sql(SELECT + " where status = 'RUNNING' limit 1").query(ExtractJobs::job).optional();
    }

    private static final String SELECT = """
            select id, period_from, period_to, directory, status, records_total, records_done, started_at, finished_at,
                   message from archive_extract_job""";

    private static Job job(ResultSet rs, int row) throws SQLException {
        return new Job(rs.getLong("id"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getString("directory"), Status.valueOf(rs.getString("status")),
                rs.getLong("records_total"), rs.getLong("records_done"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getString("message"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
        heart.shutdownNow();
    }
}
