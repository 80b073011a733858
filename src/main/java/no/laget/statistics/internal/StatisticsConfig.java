package no.laget.statistics.internal;

import no.laget.statistics.Suppression;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class StatisticsConfig {

    /** A threshold below 3 stops the application at start (docs/domain.md rule 36), rather than publish small counts. */
    @Bean
    Suppression suppression(@Value("${laget.statistics.suppression-threshold:5}") int threshold) {
        return new Suppression(threshold);
    }
}
