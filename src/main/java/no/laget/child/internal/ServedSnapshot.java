package no.laget.child.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import no.laget.platform.time.Oslo;
import no.laget.statistics.FigureScope;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the whole country's children served once a night, for the day that has just begun, so that the country's
 * internal figures read a few rows instead of every child_unit row (3-4 s at 1.1 million children). A child registered
 * or moved later that day shows in the country's figures the next day; a municipality's figures are always counted
 * live. One node takes it (ShedLock, kept while it runs by the keep-alive, so a dead node's lock goes within a
 * minute); {@code laget.figures.served-snapshot-cron} changes the time ({@code -} turns it off).
 */
@Component
class ServedSnapshot {

    private static final Logger log = LoggerFactory.getLogger(ServedSnapshot.class);

    private final ChildRepository repository;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ServedSnapshot(ChildRepository repository, Clock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${laget.figures.served-snapshot-cron:0 10 0 * * *}", zone = Oslo.NAME)
    @SchedulerLock(name = "served-snapshot", lockAtMostFor = "PT1M")
    public void takeTonight() {
        take(LocalDate.now(clock.withZone(Oslo.ZONE)));
    }

    /** Counts the country's children served on the day now and keeps them as that day's snapshot (replaced whole). */
    public void take(LocalDate day) {
        long started = System.nanoTime();
        var counts = repository.countServed(day, FigureScope.country());
        transactions.executeWithoutResult(status -> repository.storeServedSnapshot(day, clock.instant(), counts));
        log.info("Children served on {} counted for the country: {} cells in {} ms", day, counts.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
