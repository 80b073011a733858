package no.laget.platform.database;

import javax.sql.DataSource;

import no.laget.platform.LagetProperties;
import no.laget.platform.StartupChecks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL only: an external server when LAGET_DB_URL is set, otherwise an embedded PostgreSQL 17
 * whose data stays in {@code laget.db.embedded-data-dir} between restarts. The embedded server runs durable
 * ({@code laget.db.embedded-durable}, fsync and synchronous commit on) unless the test profile turns it off.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean
    DataSource dataSource(LagetProperties properties,
            @Value("${laget.db.embedded-durable:true}") boolean embeddedDurable) {
        StartupChecks.requireSettings(properties);
        if (properties.db().external()) {
            return DataSourceBuilder.create()
                    .url(properties.db().url())
                    .username(properties.db().user())
                    .password(properties.db().password())
                    .build();
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.at(properties.db().embeddedDataDir(), embeddedDurable);
        return DataSourceBuilder.create()
                .url(embedded.jdbcUrl())
                .username(EmbeddedDatabase.USER)
                .password("")
                .build();
    }
}
