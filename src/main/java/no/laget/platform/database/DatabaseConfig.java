package no.laget.platform.database;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import no.laget.platform.LagetProperties;
import no.laget.platform.StartupChecks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL only: an external server when LAGET_DB_URL is set, otherwise an embedded PostgreSQL 17
 * whose data stays in {@code laget.db.embedded-data-dir} between restarts. The embedded server runs durable
 * ({@code laget.db.embedded-durable}, fsync and synchronous commit on) unless the test profile turns it off.
 * <p>
 * A request waits at most {@code laget.db.connection-timeout} (default 3 s, Hikari's own default is 30 s) for a
 * connection from the pool; after that it answers 503 with Retry-After (platform.web.DatabaseBusy), so that a
 * node whose pool is used up sheds load quickly instead of holding every waiting request for half a minute.
 * <p>
 * The access log appends on a small pool of its own ({@link #ACCESS_LOG}, {@code laget.db.access-log-pool-size}):
 * an append runs in its own transaction so that a decision stays logged when the request rolls back, and when it
 * took its second connection from the request pool, ten writes holding the ten request connections waited on each
 * other until the timeout. A log connection is held for one statement and never waits on the request pool, so the
 * two pools cannot wait on each other.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    /** The qualifier of the access log's own pool; not a candidate where a plain DataSource is injected. */
    public static final String ACCESS_LOG = "accessLogDataSource";

    @Bean
    @Primary
    DataSource dataSource(LagetProperties properties,
            @Value("${laget.db.embedded-durable:true}") boolean embeddedDurable,
            @Value("${laget.db.connection-timeout:3s}") Duration connectionTimeout) {
        StartupChecks.requireSettings(properties);
        HikariDataSource pool;
        if (properties.db().external()) {
            pool = DataSourceBuilder.create().type(HikariDataSource.class)
                    .url(properties.db().url())
                    .username(properties.db().user())
                    .password(properties.db().password())
                    .build();
        } else {
            EmbeddedDatabase embedded = EmbeddedDatabase.at(properties.db().embeddedDataDir(), embeddedDurable);
            pool = DataSourceBuilder.create().type(HikariDataSource.class)
                    .url(embedded.jdbcUrl())
                    .username(EmbeddedDatabase.USER)
                    .password("")
                    .build();
        }
        pool.setConnectionTimeout(connectionTimeout.toMillis());
        pool.setPoolName("laget");
        return pool;
    }

    @Bean(name = ACCESS_LOG, defaultCandidate = false)
    DataSource accessLogDataSource(DataSource dataSource,
            @Value("${laget.db.access-log-pool-size}") int size,
            @Value("${laget.db.connection-timeout:3s}") Duration connectionTimeout) throws SQLException {
        HikariDataSource requests = dataSource.unwrap(HikariDataSource.class);
        HikariDataSource pool = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(requests.getJdbcUrl())
                .username(requests.getUsername())
                .password(requests.getPassword())
                .build();
        pool.setPoolName("laget-access-log");
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(connectionTimeout.toMillis());
        return pool;
    }
}
