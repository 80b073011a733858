package no.laget.report.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;

import no.laget.report.LegalClocks;
import no.laget.report.ReportDelivered;
import no.laget.report.ReportNotDelivered;
import no.laget.report.internal.ReportOutboxRepository.Claimed;
import no.laget.report.internal.SentReportRepository.Delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers what the outbox holds. Each report is claimed in its own transaction with {@code for update skip locked}
 * (two nodes never deliver the same report at once, and need no ShedLock), handed to its receiver inside a savepoint,
 * and marked delivered in the same transaction. A failure is recorded with the next try (exponential back-off, so the
 * schedule survives a restart); after the policy's limits the sender is warned through the menu, "Mine meldinger"
 * and a deadline of their own.
 */
@Component
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final ReportOutboxRepository outbox;
    private final SentReportRepository reports;
    private final Function<String, ReportReceiver> receivers;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;
    private final ApplicationEventPublisher events;
    private final DeliveryPolicy policy;
    private final boolean automatic;

    @Autowired
    DeliveryWorker(ReportOutboxRepository outbox, SentReportRepository reports, ReportReceivers receivers, Clock clock,
            PlatformTransactionManager transactions, ApplicationEventPublisher events,
            @Value("${laget.report.delivery.automatic:true}") boolean automatic) {
        this(outbox, reports, receivers::forName, clock, transactions, events, DeliveryPolicy.standard(), automatic);
    }

    DeliveryWorker(ReportOutboxRepository outbox, SentReportRepository reports,
            Function<String, ReportReceiver> receivers, Clock clock,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, DeliveryPolicy policy,
            boolean automatic) {
        this.outbox = outbox;
        this.reports = reports;
        this.receivers = receivers;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.events = events;
        this.policy = policy;
        this.automatic = automatic;
    }

    @Scheduled(fixedDelayString = "${laget.report.delivery.interval:30s}",
            initialDelayString = "${laget.report.delivery.interval:30s}")
    void scheduled() {
        if (automatic) {
            deliverDue();
        }
    }

    boolean automatic() {
        return automatic;
    }

    /** Delivers every report due now; returns how many were handled. */
    public int deliverDue() {
        int handled = 0;
        while (handled < 1_000 && Boolean.TRUE.equals(transaction.execute(status -> deliverNext()))) {
            handled++;
        }
        return handled;
    }

    private boolean deliverNext() {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        Optional<Claimed> claimed = outbox.claimNext(now);
        if (claimed.isEmpty()) {
            return false;
        }
        long reportId = claimed.get().reportId();
        try {
            ReportReceiver receiver = receivers.apply(claimed.get().receiver());
            OutgoingReport outgoing = new OutgoingReport(reportId, reports.fiksJson(reportId));
            savepoint.executeWithoutResult(status -> {
                try {
                    receiver.deliver(outgoing);
                } catch (DeliveryFailure failure) {
                    throw new Failed(failure);
                }
            });
            outbox.delivered(reportId, now);
            events.publishEvent(new ReportDelivered(reportId));
            log.info("Report {} delivered to {}", reportId, claimed.get().receiver());
        } catch (Failed failed) {
            failed(reportId, now, failed.failure);
        } catch (RuntimeException unexpected) {
            failed(reportId, now, new DeliveryFailure(unexpected.getClass().getSimpleName(), false));
        }
        return true;
    }

    private void failed(long reportId, OffsetDateTime now, DeliveryFailure failure) {
        Delivery delivery = reports.delivery(reportId).orElseThrow();
        int attempts = delivery.attempts() + 1;
        OffsetDateTime first = delivery.firstFailureAt() == null ? now : delivery.firstFailureAt();
        boolean giveUp = failure.permanent() || !now.isBefore(first.plus(policy.giveUpAfter()));
        String code = failure.getMessage() == null ? "UNKNOWN" : failure.getMessage();
        code = code.length() > 60 ? code.substring(0, 60) : code;
        if (giveUp) {
            outbox.failedPermanently(reportId, now, code);
            log.warn("Report {} failed for good after {} attempts: {}", reportId, attempts, code);
        } else {
            OffsetDateTime next = now.plus(policy.delayAfter(attempts));
            outbox.retryLater(reportId, now, next, code);
            log.warn("Report {} not delivered (attempt {}), next try {}: {}", reportId, attempts, next, code);
        }
        if (giveUp || attempts >= policy.warnAfterAttempts() || !now.isBefore(first.plus(policy.warnAfter()))) {
            events.publishEvent(new ReportNotDelivered(reportId, delivery.reporterEmployeeId(),
                    LegalClocks.receivedOn(now.toInstant())));
        }
    }

    /** Carries a receiver's checked failure out of the savepoint, which it rolls back. */
    private static final class Failed extends RuntimeException {
        private final DeliveryFailure failure;

        Failed(DeliveryFailure failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
