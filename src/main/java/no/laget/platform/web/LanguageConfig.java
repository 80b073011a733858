package no.laget.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class LanguageConfig {

    /** Bokmål everywhere but the family's door and the public catalogue; the bean name is the one Spring MVC looks up. */
    @Bean
    LocaleResolver localeResolver() {
        return new FamilyLocaleResolver();
    }
}
