package no.laget.platform.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Checks the settings of both logins through an identity provider, the family door's ID-porten ({@code laget.idporten})
 * and the employees' single sign-on ({@code laget.oidc}), before any bean is made (so before the database is opened or
 * a port listens), but after test initialisers have added their properties: a half-configured login stops the start
 * with one message naming the settings (see {@link SingleSignOnSettingsFailureAnalyzer}).
 */
@Component
class LoginSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Binder settings = Binder.get(environment);
        settings.bindOrCreate("laget.idporten", IdPortenProperties.class).check();
        settings.bindOrCreate("laget.oidc", SingleSignOnProperties.class).check();
    }
}
