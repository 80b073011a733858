package no.laget.bench;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark starts LagetApplication outside the Spring test framework, with target/test-classes on the
 * class path. Its component scan of {@code no.laget} then also sees the tests' {@code @TestConfiguration}
 * (a movable clock and an SQL-counting proxy around the DataSource). spring-boot-test keeps such classes out of
 * every SpringApplication on its class path (its ExcludeFilterApplicationContextInitializer); this checks that
 * it still does, so that the numbers never include the counting proxy.
 */
final class BenchContext {

    private BenchContext() {}

    static void requireNoTestBeans(ConfigurableApplicationContext context) {
        List<String> testBeans = Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> {
                    Class<?> type = context.getType(name);
                    return type != null && type.getName().startsWith("no.laget.support.");
                })
                .toList();
        DataSource dataSource = context.getBean(DataSource.class);
        if (!testBeans.isEmpty() || dataSource.getClass().getName().startsWith("net.ttddyy.")) {
            throw new IllegalStateException("Test beans in the benchmark's context: " + testBeans + ", DataSource "
                    + dataSource.getClass().getName());
        }
    }
}
