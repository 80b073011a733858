package no.laget.access.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database whose access log was written as one chain (before V95) keeps verifying after the upgrade, and new rows
 * continue chain 0 from its last hash.
 */
class AccessLogUpgradeTest {

    @Test
    void the_single_chain_of_before_continues_as_chain_zero_and_the_whole_log_verifies() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("91").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            String previous = AccessLogChain.GENESIS;
            OffsetDateTime at = OffsetDateTime.of(2026, 11, 30, 8, 0, 0, 123_456_000, ZoneOffset.UTC);
            for (long child : new long[] {5, 6, 70}) {
                AccessLogEntry e = new AccessLogEntry(at.plusMinutes(child), 3, "laerer", "EMPLOYEE", 2, child,
                        "BASIC", "child", child, "READ", "PAGE", "ALLOWED", "OWN_SERVICE", null, null, null);
                String hash = AccessLogChain.hash(previous, e, null);
                jdbc.sql("""
                        insert into access_log (occurred_at, employee_id, username, roles, unit_id, child_id, category,
                            object_type, object_id, action, client, outcome, basis, previous_hash, hash)
                        values (?, 3, 'laerer', 'EMPLOYEE', 2, ?, 'BASIC', 'child', ?, 'READ', 'PAGE', 'ALLOWED',
                            'OWN_SERVICE', ?, ?)""").params(e.occurredAt(), child, child, previous, hash).update();
                previous = hash;
            }

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            var check = new AccessLogCheck(jdbc, new DataSourceTransactionManager(dataSource));
            assertThat(check.run().intact()).isTrue();

            // child 64 goes to chain 0 after the old rows, child 70 to chain 6
            new AccessLog(jdbc, dataSource, new SimpleMeterRegistry()).append(List.of(
                    new AccessLogEntry(at.plusHours(1), 3, "laerer", "EMPLOYEE", 2, 64L, "BASIC", "child", 64L, "READ",
                            "PAGE", "ALLOWED", "OWN_SERVICE", null, null, null),
                    new AccessLogEntry(at.plusHours(1), 3, "laerer", "EMPLOYEE", 2, 70L, "BASIC", "child", 70L, "READ",
                            "PAGE", "ALLOWED", "OWN_SERVICE", null, null, null)));

            assertThat(jdbc.sql("select previous_hash from access_log where chain = 0 and format = 2")
                    .query(String.class).single()).isEqualTo(previous);
            assertThat(jdbc.sql("select count(*) from access_log where chain = 6").query(Integer.class).single()).isOne();
            var result = check.run();
            assertThat(result.entriesChecked()).isEqualTo(5);
            assertThat(result.intact()).isTrue();
        }
    }
}
