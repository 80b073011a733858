package no.laget.platform.database;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's backup and restore with the commands {@code ./laget backup} and {@code ./laget restore} run, as
 * processes of their own, next to a running (then stopped) Laget on the embedded database.
 */
class BackupRestoreTest {

    @TempDir
    Path temp;

    @AfterEach
    void stopLeftovers() {
        LagetProcess.stopServerOn(temp.resolve("postgres"));
    }

    @Test
    void a_backup_of_a_running_laget_restores_without_what_came_after_and_the_access_log_still_checks() throws Exception {
        Path dataDir = temp.resolve("postgres");
        Path backup = temp.resolve("backup");
        String dataDirSetting = "--laget.db.embedded-data-dir=" + dataDir;
        String kept = TestChildren.familyName();
        String added = TestChildren.familyName();
        long keptId;
        long addedId;
        try (LagetProcess laget = LagetProcess.start(dataDir, "backup-first")) {
            keptId = save(laget, kept);
            // the access log has entries of its own by now: the report's children were read and written
            assertThat(laget.get("/api/v1/reports/" + keptId + "/fiks", "laerer").statusCode()).isEqualTo(200);

            assertThat(LagetProcess.command("backup-command", "backup", "--out=" + backup, dataDirSetting))
                    .as(LagetProcess.output("backup-command")).isZero();
            assertThat(LagetProcess.output("backup-command")).contains("Sikkerhetskopi tatt: " + backup);

            addedId = save(laget, added);

            assertThat(LagetProcess.command("restore-refused", "restore", backup.toString(), dataDirSetting))
                    .isEqualTo(1);
            assertThat(LagetProcess.output("restore-refused")).contains("Stopp Laget");
            assertThat(laget.get("/api/v1/reports/" + addedId + "/fiks", "laerer").statusCode()).isEqualTo(200);

            laget.stop();
        }

        assertThat(LagetProcess.command("restore-command", "restore", backup.toString(), dataDirSetting))
                .as(LagetProcess.output("restore-command")).isZero();
        assertThat(LagetProcess.output("restore-command")).contains("er gjenopprettet fra", "postgres.before-restore-");
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("postgres.before-restore-"));
        }

        try (LagetProcess laget = LagetProcess.start(dataDir, "backup-restored")) {
            HttpResponse<String> keptReport = laget.get("/api/v1/reports/" + keptId + "/fiks", "laerer");
            assertThat(keptReport.statusCode()).isEqualTo(200);
            assertThat(keptReport.body()).contains(kept);
            assertThat(laget.get("/api/v1/reports/" + addedId + "/fiks", "laerer").statusCode()).isEqualTo(404);
            try (Connection db = LagetProcess.database(dataDir)) {
                assertThat(CrashRestartTest.count(db, "select count(*) from report where id = ?", addedId)).isZero();
                assertThat(CrashRestartTest.setting(db, "fsync")).isEqualTo("on");
            }

            HttpResponse<String> check = laget.get("/api/v1/access-log/check", "admin");
            assertThat(check.statusCode()).isEqualTo(200);
            JsonNode result = JsonMapper.shared().readTree(check.body());
            assertThat(result.path("intact").asBoolean()).as(check.body()).isTrue();
            assertThat(result.path("entriesChecked").asInt()).isPositive();
        }
    }

    private static long save(LagetProcess laget, String familyName) throws Exception {
        HttpResponse<String> saved = laget.postJson("/api/v1/reports", "laerer", CrashRestartTest.report(familyName));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        return JsonMapper.shared().readTree(saved.body()).path("id").asLong();
    }
}
