package no.laget.platform.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Checks the single sign-on settings before any bean is made (so before the database is opened or a port listens): a
 * half-configured setting stops the start at once with one message naming it (see
 * {@link SingleSignOnSettingsFailureAnalyzer}).
 */
@Component
class SingleSignOnSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Binder.get(environment).bindOrCreate("laget.oidc", SingleSignOnProperties.class).check();
    }
}
