package no.laget.platform.database;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./laget run} killed with {@code kill -9} (a crash, the OOM killer) and started again: the embedded server
 * survives its Laget, as it does for real, and the next start must still work, with nothing committed lost, and the
 * report in the outbox delivered exactly once. Run mode keeps the data durable (fsync on).
 */
class CrashRestartTest {

    @TempDir
    Path temp;

    @AfterEach
    void stopLeftovers() {
        LagetProcess.stopServerOn(temp.resolve("postgres"));
    }

    @Test
    void after_kill_9_laget_starts_again_on_the_first_try_and_delivers_the_saved_report_once() throws Exception {
        Path dataDir = temp.resolve("postgres");
        String familyName = TestChildren.familyName();
        long reportId;
        long orphan;
        // delivery off in the first run: the report waits in the outbox when the process dies
        try (LagetProcess first = LagetProcess.start(dataDir, "crash-first", "--laget.report.delivery.automatic=false")) {
            HttpResponse<String> saved = first.postJson("/api/v1/reports", "laerer", report(familyName));
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
            reportId = JsonMapper.shared().readTree(saved.body()).path("id").asLong();
            orphan = new DataDirectory(dataDir).runningServer().orElseThrow().pid();

            first.kill();

            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                    .as("the embedded PostgreSQL outlives a Laget killed with kill -9").contains(true);
            assertThat(dataDir.resolve("postmaster.pid")).exists();
        }

        try (LagetProcess second = LagetProcess.start(dataDir, "crash-second",
                "--laget.report.delivery.interval=500ms")) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isEmpty();
            assertThat(new DataDirectory(dataDir).runningServer().orElseThrow().pid()).isNotEqualTo(orphan);

            HttpResponse<String> fiks = second.get("/api/v1/reports/" + reportId + "/fiks", "laerer");
            assertThat(fiks.statusCode()).isEqualTo(200);
            assertThat(fiks.body()).contains(familyName);

            try (Connection db = LagetProcess.database(dataDir)) {
                await("the report's delivery").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> count(db, "select count(*) from report_outbox where report_id = ? "
                                + "and done_at is not null", reportId) == 1);
                assertThat(count(db, "select count(*) from report_inbox where report_id = ?", reportId)).isEqualTo(1);
                assertThat(setting(db, "fsync")).isEqualTo("on");
                assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(db, "full_page_writes")).isEqualTo("on");
            }
            long server = new DataDirectory(dataDir).runningServer().orElseThrow().pid();

            second.stop();

            // the server removes its pid file just before it exits
            await("a Laget stopped in order stops its database").atMost(Duration.ofSeconds(15))
                    .until(() -> ProcessHandle.of(server).map(ProcessHandle::isAlive).isEmpty());
            assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        // The operator's ./laget check-access-log, run as a command of its own: the chain survived the kill. (A command
        // is a proxied module bean; a final run() once made all three commands end at once having done nothing.)
        assertThat(LagetProcess.command("crash-check-access-log", "check-access-log",
                "--spring.profiles.active=demo", "--spring.main.web-application-type=none",
                "--laget.db.embedded-data-dir=" + dataDir)).as(LagetProcess.output("crash-check-access-log")).isZero();
        assertThat(LagetProcess.output("crash-check-access-log")).contains("Tilgangsloggen er hel: ");
    }

    static String report(String familyName) {
        String number = TestChildren.tenorNumberFor(14, 3, 2015);
        return """
                {"reporterName":"Lærer Testesen","reporterRole":"Kontaktlærer","reporterPhone":"69 17 00 00",
                 "reporterEmail":"laerer@halden.kommune.no","reporterUnit":"Gimle skole","reporterUnitAddress":"",
                 "children":[{"identityNumber":"%s","givenName":"Kari","familyName":"%s",
                   "address":"Storgata 1, 1771 Halden","told":false,"notToldReason":"Faren kan bli voldelig"}],
                 "guardians":[{"name":"Foresatt %s","phone":"","told":false,"notToldReason":"Kan sette barnet i fare"}],
                 "grounds":["NEGLECT_OR_MISTREATMENT"],"concern":"Barnet kommer ofte sulten og med blåmerker på armene.",
                 "history":"Bekymret siden høstferien.","otherViews":"","interpreterNeeded":false,
                 "interpreterLanguage":"","otherServices":"",
                 "bestInterest":{"childHeard":"YES","childViews":"Barnet vil ha hjelp.","howHeard":"Samtale på skolen.",
                   "weighing":"Barnets ønske er vektlagt.","alternatives":"Å vente.","conclusion":"Vi melder."}}
                """.formatted(number, familyName, familyName);
    }

    static int count(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static String setting(Connection db, String name) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
