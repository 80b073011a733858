package no.laget.platform.database;

import java.time.Duration;

import javax.sql.DataSource;

import no.laget.platform.LagetProperties;
import no.laget.platform.StartupChecks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL only: an external server when LAGET_DB_URL is set, otherwise an embedded PostgreSQL 17
 * whose data stays in {@code laget.db.embedded-data-dir} between restarts. The embedded server runs durable
 * ({@code laget.db.embedded-durable}, fsync and synchronous commit on) unless the test profile turns it off.
 * <p>
 * A request waits at most {@code laget.db.connection-timeout} (default 3 s, Hikari's own default is 30 s) for a
 * connection from the pool; after that it answers 503 with Retry-After (platform.web.DatabaseBusy), so that a
 * node whose pool is used up sheds load quickly instead of holding every waiting request for half a minute.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean
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
        return pool;
    }
}
