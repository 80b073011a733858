package no.laget.access.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * access_log_append reads and locks a chain's head once for each run of the chain's rows and writes it when the run
 * ends (V201). A batch whose chains come back (A, B, A, B, A: the application sorts them, a caller need not) still
 * links every row to the row before it in its own chain, leaves each head at its chain's last row, and checks.
 */
@LagetTest
class AccessLogBatchTest {

    @Autowired JdbcClient jdbc;
    @Autowired AccessLogCheck check;

    @Test
    void a_batch_that_returns_to_a_chain_links_each_chain_in_order_and_leaves_each_head_at_its_last_row() {
        long marker = System.nanoTime();
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 3, 21, 0, 0, 0, ZoneOffset.UTC);
        AccessLogEntry a = entry(3, "laerer", at, marker);
        AccessLogEntry b = entry(4, "helsesykepleier", at, marker);
        assertThat(AccessLogChain.chainOf(a)).isNotEqualTo(AccessLogChain.chainOf(b));

        jdbc.sql("select access_log_append(?::jsonb)")
                .param(JsonMapper.shared().writeValueAsString(AccessLog.rows(List.of(a, b, a, b, a), Map.of())))
                .query().singleRow();

        for (AccessLogEntry chainEntry : List.of(a, b)) {
            int chain = AccessLogChain.chainOf(chainEntry);
            List<Map<String, Object>> rows = jdbc.sql("""
                    select id, previous_hash, hash from access_log
                     where object_type = 'batch_test' and object_id = ? and chain = ? order by id""")
                    .params(marker, chain).query().listOfRows();
            assertThat(rows).hasSize(chainEntry == a ? 3 : 2);
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i).get("previous_hash")).as("row %d of chain %d", i, chain)
                        .isEqualTo(rows.get(i - 1).get("hash"));
            }
            Map<String, Object> last = rows.getLast();
            Map<String, Object> head = jdbc.sql("select last_id, last_hash from access_log_chain where chain = ?")
                    .param(chain).query().singleRow();
            assertThat(head.get("last_id")).isEqualTo(last.get("id"));
            assertThat(head.get("last_hash")).isEqualTo(last.get("hash"));
        }
        assertThat(check.run().intact()).isTrue();
    }

    private static AccessLogEntry entry(long employee, String username, OffsetDateTime at, long marker) {
        return new AccessLogEntry(at, employee, username, "EMPLOYEE", 2, null, "BASIC", "batch_test", marker, "READ",
                "PAGE", "ALLOWED", "OWN_SERVICE", null, null, null);
    }
}
