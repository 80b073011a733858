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
 * continue chain 0 from its last hash. A format 2 row (V95, chained by
 * child) written before V198 verifies beside the format 3 rows (chained by employee) written after it.
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

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("197").load().migrate();
            var check = new AccessLogCheck(jdbc, new DataSourceTransactionManager(dataSource));
            assertThat(check.run().intact()).isTrue();

            // what the application wrote between V95 and V198: child 70's row in the child's chain, no format given
            AccessLogEntry before = new AccessLogEntry(at.plusMinutes(30), 3, "laerer", "EMPLOYEE", 2, 70L, "BASIC",
                    "child", 70L, "READ", "PAGE", "ALLOWED", "OWN_SERVICE", null, null, null);
            jdbc.sql("select access_log_append(?::jsonb)::text").param("""
                    [{"chain": 6, "content": "%s", "occurred_at": "%s", "employee_id": 3, "username": "laerer",
                      "roles": "EMPLOYEE", "unit_id": 2, "child_id": 70, "category": "BASIC", "object_type": "child",
                      "object_id": 70, "action": "READ", "client": "PAGE", "outcome": "ALLOWED",
                      "basis": "OWN_SERVICE"}]""".formatted(AccessLogChain.content(before, null), before.occurredAt()))
                    .query(String.class).single();

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            assertThat(check.run().intact()).isTrue();

            // employee 64 goes to chain 0 after the old rows, employee 70 to chain 6, whatever the child
            new AccessLog(jdbc, dataSource, new SimpleMeterRegistry()).append(List.of(
                    new AccessLogEntry(at.plusHours(1), 64, "leder", "EMPLOYEE", 2, 5L, "BASIC", "child", 5L, "READ",
                            "PAGE", "ALLOWED", "OWN_SERVICE", null, null, null),
                    new AccessLogEntry(at.plusHours(1), 70, "ppt", "EMPLOYEE", 2, 5L, "BASIC", "child", 5L, "READ",
                            "PAGE", "ALLOWED", "OWN_SERVICE", null, null, null)));

            assertThat(jdbc.sql("select previous_hash from access_log where chain = 0 and format = 3")
                    .query(String.class).single()).isEqualTo(previous);
            assertThat(jdbc.sql("select format from access_log where chain = 6 order by id").query(Integer.class).list())
                    .containsExactly(2, 3);
            var result = check.run();
            assertThat(result.entriesChecked()).isEqualTo(6);
            assertThat(result.intact()).isTrue();
        }
    }
}
