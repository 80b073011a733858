package no.laget.platform.database;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node killed while it holds a job's lock cannot release it (docs/benchmarks.md, "Two nodes, one killed": with
 * {@code lockAtMostFor = PT30M} a killed node stopped every reminder for half an hour). The lock must end soon after
 * its node, and say which node holds it.
 */
@LagetTest
class SchedulerLockTest {

    @Autowired
    LockProvider locks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_scheduled_job_lets_a_dead_nodes_lock_go_within_a_minute() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        // the mail jobs exist only with an SMTP host: the scan evaluates their @Conditional too
        scanner.setEnvironment(new MockEnvironment().withProperty("spring.mail.host", "smtp.example.no"));
        List<String> locked = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("no.laget")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                if (lock == null) {
                    continue;
                }
                locked.add(lock.name());
                assertThat(Duration.parse(lock.lockAtMostFor())).as(lock.name()).isLessThanOrEqualTo(Duration.ofMinutes(1));
            }
        }
        assertThat(locked).contains("deadline-reminders-plan", "deadline-reminders-send", "meeting-mail-send");
    }

    @Test
    void a_lock_names_the_process_that_holds_it_and_a_held_lock_is_not_given_twice() {
        String name = "test-lock-" + System.nanoTime();
        LockConfiguration config = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO);
        Optional<SimpleLock> held = locks.lock(config);
        assertThat(held).isPresent();
        try {
            assertThat(jdbc.sql("select locked_by from shedlock where name = ?").param(name).query(String.class).single())
                    .isEqualTo(ManagementFactory.getRuntimeMXBean().getName()).contains("@");
            // the node dies here: the lock ends at lockAtMostFor, a minute from now by the database's clock
            assertThat(jdbc.sql("select lock_until <= timezone('utc', now()) + interval '61 seconds' from shedlock where name = ?")
                    .param(name).query(Boolean.class).single()).isTrue();
            assertThat(locks.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO)))
                    .as("another node finds it taken").isEmpty();
        } finally {
            held.get().unlock();
        }
        assertThat(locks.lock(config)).as("free once released").isPresent().get().satisfies(SimpleLock::unlock);
    }
}
