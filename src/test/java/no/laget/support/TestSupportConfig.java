package no.laget.support;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

@TestConfiguration(proxyBeanMethods = false)
@org.springframework.context.annotation.Import({ChildFixtures.class, FamilyFixtures.class, CaseworkFixtures.class})
public class TestSupportConfig {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    SqlStatementCounter sqlStatementCounter() {
        return new SqlStatementCounter();
    }

    @Bean
    static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<SqlStatementCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted")
                            .listener(counter.getObject())
                            .methodListener(counter.getObject()).build();
                }
                return bean;
            }
        };
    }

    /** Lets a test note which message keys a request resolved ({@link RecordingMessageSource}). */
    @Bean
    static BeanPostProcessor recordingMessageSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if ("messageSource".equals(name) && bean instanceof org.springframework.context.MessageSource messages
                        && !(bean instanceof RecordingMessageSource)) {
                    return new RecordingMessageSource(messages);
                }
                return bean;
            }
        };
    }
}
