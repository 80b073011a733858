package no.laget.platform.database;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The backup of the embedded database and its restore, on servers in this JVM. */
class EmbeddedBackupTest {

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-14T10:15:30Z"), ZoneOffset.UTC);
    private final EmbeddedBackup backups = new EmbeddedBackup(clock);

    @Test
    void an_online_backup_taken_during_writes_restores_a_consistent_database_without_what_came_after() throws Exception {
        Path data = temp.resolve("postgres");
        Path out = temp.resolve("backup");
        EmbeddedBackup.Backup backup;
        try (EmbeddedPostgres postgres = EmbeddedDatabase.startServer(data, false)) {
            sql(postgres, "create table note (id bigint primary key, text text not null)");
            sql(postgres, "create index note_text on note (text)");
            sql(postgres, "insert into note select g, 'before ' || g from generate_series(1, 20000) g");
            // one row per transaction while the files are copied; the WAL must bring them to one consistent moment
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (Connection db = postgres.getPostgresDatabase().getConnection();
                        Statement statement = db.createStatement()) {
                    for (int i = 1; !stop.get(); i++) {
                        statement.execute("insert into note values (" + (1_000_000 + i) + ", 'during " + i + "')");
                        if (i == 50) {
                            statement.execute("checkpoint");
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            await().until(() -> count(postgres, "text like 'during%'") > 20);

            backup = backups.backup(data, out);

            stop.set(true);
            writer.join();
            sql(postgres, "insert into note select g, 'after ' || g from generate_series(2000000, 2000999) g");
        }
        assertThat(backup.serverStartedForIt()).isFalse();
        assertThat(out.resolve(EmbeddedBackup.MARKER)).exists();
        assertThat(out.resolve("postgres/backup_label")).content().contains("START WAL LOCATION");
        assertThat(out.resolve("postgres/postmaster.pid")).doesNotExist();
        assertThat(out.resolve("postgres/" + DataDirectory.LOCK_FILE)).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("postgres"))))
                .isEqualTo("rwx------");

        EmbeddedBackup.Restore restore = backups.restore(out, data);

        assertThat(restore.oldDataDir()).isEqualTo(temp.resolve("postgres.before-restore-20260314-101530"));
        assertThat(restore.oldDataDir().resolve("PG_VERSION")).exists();
        try (EmbeddedPostgres postgres = EmbeddedDatabase.startServer(data, false)) {
            assertThat(count(postgres, "text like 'before%'")).isEqualTo(20000);
            assertThat(count(postgres, "text like 'after%'")).isZero();
            int during = count(postgres, "text like 'during%'");
            assertThat(during).isGreaterThan(20);
            // committed one after another: a consistent copy holds a prefix of them, with no gap
            assertThat(count(postgres, "text like 'during%' and id <= " + (1_000_000 + during))).isEqualTo(during);
            // the index agrees with the table
            assertThat(countByIndex(postgres)).isEqualTo(20000 + during);
        }
    }

    @Test
    void a_backup_of_a_stopped_database_starts_its_server_for_the_copy_and_stops_it_again() throws Exception {
        Path data = temp.resolve("postgres");
        try (EmbeddedPostgres postgres = EmbeddedDatabase.startServer(data, false)) {
            sql(postgres, "create table note (id bigint primary key, text text not null)");
            sql(postgres, "insert into note values (1, 'before')");
        }

        EmbeddedBackup.Backup backup = backups.backup(data, temp.resolve("backup"));

        assertThat(backup.serverStartedForIt()).isTrue();
        await().atMost(Duration.ofSeconds(15)).until(() -> new DataDirectory(data).runningServer().isEmpty());
        try (EmbeddedPostgres postgres = EmbeddedDatabase.startServer(data, false)) {
            sql(postgres, "insert into note values (2, 'after')");
        }
        backups.restore(backup.directory(), data);
        try (EmbeddedPostgres postgres = EmbeddedDatabase.startServer(data, false)) {
            assertThat(count(postgres, "true")).isEqualTo(1);
            assertThat(count(postgres, "text = 'before'")).isEqualTo(1);
        }
    }

    @Test
    void restore_refuses_while_laget_runs_and_leaves_the_database_alone() throws Exception {
        Path data = temp.resolve("postgres");
        try (EmbeddedPostgres postgres = EmbeddedDatabase.startServer(data, false)) {
            sql(postgres, "create table note (id bigint primary key, text text not null)");
            EmbeddedBackup.Backup backup = backups.backup(data, temp.resolve("backup"));
            sql(postgres, "insert into note values (1, 'after')");

            assertThatThrownBy(() -> backups.restore(backup.directory(), data))
                    .isInstanceOf(EmbeddedBackup.BackupException.class)
                    .hasMessageContaining("Stopp Laget");

            assertThat(count(postgres, "text = 'after'")).isEqualTo(1);
        }
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("postgres", "backup");
        }
    }

    @Test
    void restore_refuses_a_directory_that_is_no_finished_backup() throws Exception {
        Path data = temp.resolve("postgres");
        EmbeddedBackup.Backup backup = backups.backup(created(data), temp.resolve("backup"));
        Files.delete(backup.directory().resolve(EmbeddedBackup.MARKER));

        assertThatThrownBy(() -> backups.restore(backup.directory(), data))
                .isInstanceOf(EmbeddedBackup.BackupException.class)
                .hasMessageContaining("ikke en fullført sikkerhetskopi");
        assertThatThrownBy(() -> backups.restore(temp.resolve("nothing-here"), data))
                .isInstanceOf(EmbeddedBackup.BackupException.class);
        assertThat(data.resolve("PG_VERSION")).exists();
    }

    @Test
    void backup_refuses_a_target_that_holds_files_and_a_directory_with_no_database() throws Exception {
        Path data = created(temp.resolve("postgres"));
        Path out = Files.createDirectories(temp.resolve("backup"));
        Files.writeString(out.resolve("something"), "x");

        assertThatThrownBy(() -> backups.backup(data, out))
                .isInstanceOf(EmbeddedBackup.BackupException.class).hasMessageContaining("ikke tom");
        assertThatThrownBy(() -> backups.backup(temp.resolve("empty"), temp.resolve("other")))
                .isInstanceOf(EmbeddedBackup.BackupException.class).hasMessageContaining("Fant ingen database");
    }

    @Test
    void the_commands_leave_an_external_database_to_its_operator_and_say_what_to_do() {
        for (String command : new String[] {"backup", "restore"}) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            int exit = DatabaseCommands.run(new String[] {command, "somewhere",
                    "--laget.db.url=jdbc:postgresql://db.example/laget", "--logging.level.root=WARN"},
                    new PrintStream(printed, true, StandardCharsets.UTF_8), clock);

            assertThat(exit).isEqualTo(4);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("LAGET_DB_URL", "pg_basebackup", "pg_dump");
        }
    }

    @Test
    void restore_without_a_directory_says_how_to_use_it() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = DatabaseCommands.run(new String[] {"restore", "--laget.db.embedded-data-dir=" + temp.resolve("pg"),
                "--logging.level.root=WARN"}, new PrintStream(printed, true, StandardCharsets.UTF_8), clock);

        assertThat(exit).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("./laget restore MAPPE");
        assertThat(temp.resolve("pg")).doesNotExist();
    }

    private static Path created(Path data) throws Exception {
        EmbeddedDatabase.startServer(data, false).close();
        return data;
    }

    private static void sql(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int count(EmbeddedPostgres postgres, String where) throws SQLException {
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from note where " + where)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int countByIndex(EmbeddedPostgres postgres) throws SQLException {
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement statement = db.createStatement()) {
            statement.execute("set enable_seqscan = off");
            statement.execute("set enable_bitmapscan = off");
            try (ResultSet rs = statement.executeQuery("select count(*) from note where text >= ''")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
