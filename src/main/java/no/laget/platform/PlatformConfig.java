package no.laget.platform;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LagetProperties.class, OperationsProperties.class, ApiTokenProperties.class})
@EnableScheduling
class PlatformConfig {

    /** Every date rule reads time from this bean, so tests can move it. Storage is UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
