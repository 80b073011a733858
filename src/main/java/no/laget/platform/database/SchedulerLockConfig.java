package no.laget.platform.database;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work runs on one node at a time (docs/design.md "Growing past one machine"): a method annotated
 * {@code @SchedulerLock} takes a row in the table {@code shedlock} (migration V30) first, and a node that finds it
 * taken skips the run. The lock is on the method (PROXY_METHOD), so a direct call takes it too. Lock times come from
 * the database's clock, not the nodes'.
 *
 * <p>A node that dies holding a lock ({@code kill -9}, a crash) cannot release it; the lock then ends at its
 * {@code lockAtMostFor}. So the jobs ask for a short one (one minute) and a live node keeps extending
 * its lock while the job runs ({@link KeepAliveLockProvider}, every half of it): a long run stays one node's, and a
 * dead node's work is taken over within a minute instead of half an hour (docs/benchmarks.md, "Two nodes, one
 * killed"). {@code locked_by} names the node's process ({@code pid@host}), so an operator sees which node holds what.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD, defaultLockAtMostFor = "PT1M")
class SchedulerLockConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        // not a bean: a ScheduledExecutorService bean would replace Spring Boot's task scheduler for every @Scheduled
        ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("shedlock-keep-alive").daemon().factory());
        return new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(ManagementFactory.getRuntimeMXBean().getName())
                .build()), keepAlive);
    }
}
