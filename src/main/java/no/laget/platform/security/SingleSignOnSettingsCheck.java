package no.laget.platform.security;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the single sign-on settings as soon as they are read, before any bean, database or port: a half-configured
 * setting stops the start at once with one message naming it (see {@link SingleSignOnSettingsFailureAnalyzer}).
 */
class SingleSignOnSettingsCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder.get(environment).bindOrCreate("laget.oidc", SingleSignOnProperties.class).check();
    }

    /** After the configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
