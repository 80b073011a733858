package no.laget.platform;

import java.time.Clock;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LagetProperties.class, OperationsProperties.class, ApiTokenProperties.class})
@EnableScheduling
class PlatformConfig {

    static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    /** Every date rule reads time from this bean, so tests can move it. Storage is UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(BOKMAAL);
    }
}
