package no.laget.bench;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The benchmark starts LagetApplication outside the Spring test framework with target/test-classes on the
 * class path. Its component scan of {@code no.laget} would then pick up the tests' {@code @TestConfiguration}
 * (a movable clock and an SQL-counting proxy around the DataSource), which only the test framework's
 * TypeExcludeFilter keeps out. This registers the same exclusion and checks that it held.
 */
final class BenchContext {

    private BenchContext() {}

    static void excludeTestConfigurations(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("benchTestTypeExcludeFilter", new TestComponents());
    }

    static void requireNoTestBeans(ConfigurableApplicationContext context) {
        List<String> testBeans = Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> {
                    Class<?> type = context.getType(name);
                    return type != null && type.getName().startsWith("no.laget.support.");
                })
                .toList();
        DataSource dataSource = context.getBean(DataSource.class);
        if (!testBeans.isEmpty() || dataSource.getClass().getName().startsWith("net.ttddyy.")) {
            throw new IllegalStateException("Test beans leaked into the benchmark's context: " + testBeans + ", "
                    + dataSource.getClass().getName());
        }
    }

    /** Excludes classes annotated (directly or through @TestConfiguration) with @TestComponent. */
    private static final class TestComponents extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return TestComponents.class.hashCode();
        }
    }
}
