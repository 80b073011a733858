package no.laget.access.internal;

import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * An append never needs a second connection from the request pool: when every request connection is held (by
 * writes that each want to log), the log is still written, at once, from its own pool.
 */
@LagetTest
class AccessLogPoolTest {

    @Autowired AccessLog log;
    @Autowired DataSource requests;
    @Autowired JdbcClient jdbc;

    @Test
    void an_append_succeeds_while_every_request_connection_is_held() throws Exception {
        HikariDataSource pool = requests.unwrap(HikariDataSource.class);
        long child = 987_654_321L;
        int before = appendedByThisTest();
        List<Connection> held = new ArrayList<>();
        try {
            while (pool.getHikariPoolMXBean().getTotalConnections() < pool.getMaximumPoolSize()
                    || pool.getHikariPoolMXBean().getIdleConnections() > 0) {
                held.add(requests.getConnection());
            }
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(pool.getMaximumPoolSize());

            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> log.append(List.of(new AccessLogEntry(
                    OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC), 3, "laerer", "EMPLOYEE", 2, child,
                    "BASIC", "pool_test", child, "READ", "PAGE", "ALLOWED", "OWN_SERVICE", null, null, null))));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertThat(appendedByThisTest()).isEqualTo(before + 1);
    }

    private int appendedByThisTest() {
        return jdbc.sql("select count(*) from access_log where object_type = 'pool_test'").query(Integer.class).single();
    }
}
