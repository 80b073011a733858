package no.laget.platform.database;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands every event publication still incomplete after {@code laget.events.resubmit-after} (a listener failed, or a
 * node stopped between a commit and its listeners) to its listener again, so that an effect between modules (a legal
 * clock, a reminder) is never silently lost: it is done late, and until then the row stays in {@code
 * event_publication} for operations to see. On start, Modulith republishes them too
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). One node at a time (ShedLock); the
 * listeners are idempotent, so one resubmitted twice does no harm.
 */
@Component
public class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventResubmission(IncompleteEventPublications incomplete, @Value("${laget.events.resubmit-after:PT5M}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @Scheduled(cron = "${laget.events.resubmit-cron:15 */5 * * * *}", zone = "Europe/Oslo")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT1M")
    public void resubmit() {
        if (after.isZero() || after.isNegative()) {
            return;
        }
        log.debug("Resubmitting event publications incomplete for {}", after);
        incomplete.resubmitIncompletePublicationsOlderThan(after);
    }
}
