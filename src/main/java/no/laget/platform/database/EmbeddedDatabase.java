package no.laget.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per data directory and JVM. Tests create several Spring contexts; they share the
 * server instead of starting one each. A blank directory means a fresh temporary one (tests).
 *
 * <p>Durable (the default, {@code laget.db.embedded-durable}): the library starts the server with {@code -F} (fsync
 * off) and {@code synchronous_commit=off}, which suits tests but loses committed data in a power cut. A durable start
 * adds {@code -c fsync=on -c synchronous_commit=on -c full_page_writes=on}; PostgreSQL applies its command line in
 * order, so these later settings win over {@code -F}.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    /** Recovery after a crash or a restore replays WAL before the server answers; the library waits 10 s by default. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);
    private static final Map<String, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase at(String dataDir, boolean durable) {
        String key = dataDir == null ? "" : dataDir.trim();
        return RUNNING.computeIfAbsent(key, dir -> start(dir, durable));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    /** A builder for the server on {@code dir} (kept between starts), with Laget's settings. */
    private static EmbeddedPostgres.Builder builder(Path dir, boolean durable) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("timezone", "UTC")
                // each application context on it has a pool of up to 10; the test JVM keeps several contexts, a demo
                // with two nodes has two, and the access log and backups take a connection of their own
                .setServerConfig("max_connections", "200")
                .setPGStartupWait(STARTUP_WAIT);
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (dir != null) {
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        return builder;
    }

    /**
     * Starts the server on {@code dir} (null: a temporary directory), first stopping a server that a killed Laget
     * left running there. The caller closes it.
     */
    static EmbeddedPostgres startServer(Path dir, boolean durable) throws IOException {
        return startServer(dir, durable, true);
    }

    /** closeAtExit: the library's own JVM hook stops the server (false: the caller stops it). */
    private static EmbeddedPostgres startServer(Path dir, boolean durable, boolean closeAtExit) throws IOException {
        if (dir != null) {
            Files.createDirectories(dir);
            new DataDirectory(dir).clearForStart();
        }
        return builder(dir, durable).setRegisterShutdownHook(closeAtExit).start();
    }

    private static EmbeddedDatabase start(String dataDir, boolean durable) {
        try {
            Path dir = dataDir.isEmpty() ? null : Path.of(dataDir).toAbsolutePath().normalize();
            EmbeddedPostgres postgres = startServer(dir, durable, false);
            // after Spring has closed every context on it: the library's JVM hook ran beside Spring's, stopped the
            // server while the pools and the event registry were still closing, and each then waited for a connection
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going down; the server dies with it
                }
            });
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in '" + dataDir + "'", e);
        }
    }
}
