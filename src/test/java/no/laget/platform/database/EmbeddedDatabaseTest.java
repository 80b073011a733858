package no.laget.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server's settings and its start on a directory where something was left behind. */
@LagetTest
class EmbeddedDatabaseTest {

    @TempDir
    Path temp;

    @Autowired
    DataSource dataSource;

    @Test
    void a_durable_start_overrides_the_librarys_fsync_off() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDatabase.startServer(temp.resolve("durable"), true);
                Connection db = postgres.getPostgresDatabase().getConnection()) {
            assertThat(settings(db)).containsExactly("on", "on", "on");
        }
    }

    @Test
    void the_test_profile_keeps_the_fast_settings() throws Exception {
        try (Connection db = dataSource.getConnection()) {
            assertThat(settings(db)).containsExactly("off", "off", "on");
        }
    }

    @Test
    void a_pid_file_naming_a_process_that_is_no_postgres_of_the_directory_does_not_stop_the_start() throws Exception {
        Path dir = temp.resolve("stale");
        EmbeddedDatabase.startServer(dir, false).close();
        // a crash left the file, and its process number now belongs to another live process (here: this JVM)
        Files.write(dir.resolve("postmaster.pid"), List.of(Long.toString(ProcessHandle.current().pid()),
                dir.toString(), "1700000000", "54329", "/tmp", "localhost", "  1234567  7", "ready   "));

        try (EmbeddedPostgres postgres = EmbeddedDatabase.startServer(dir, false);
                Connection db = postgres.getPostgresDatabase().getConnection()) {
            assertThat(settings(db)).hasSize(3);
            assertThat(new DataDirectory(dir).runningServer().orElseThrow().port()).isEqualTo(postgres.getPort());
        }
    }

    @Test
    void a_second_start_leaves_the_server_of_a_running_laget_alone() throws Exception {
        Path dir = temp.resolve("in-use");
        try (EmbeddedPostgres running = EmbeddedDatabase.startServer(dir, false)) {
            long pid = new DataDirectory(dir).runningServer().orElseThrow().pid();

            assertThatThrownBy(() -> EmbeddedDatabase.startServer(dir, false))
                    .isInstanceOf(DataDirectory.DataDirectoryInUseException.class);

            assertThat(new DataDirectory(dir).runningServer().orElseThrow().pid()).isEqualTo(pid);
            try (Connection db = running.getPostgresDatabase().getConnection()) {
                assertThat(settings(db)).hasSize(3);
            }
        }
    }

    static List<String> settings(Connection db) throws SQLException {
        return List.of(show(db, "fsync"), show(db, "synchronous_commit"), show(db, "full_page_writes"));
    }

    private static String show(Connection db, String name) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
