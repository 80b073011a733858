package no.laget.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import no.laget.access.AccessGrants;
import no.laget.access.AccessGrants.NewGrant;
import no.laget.access.Basis;
import no.laget.access.InformationCategory;
import no.laget.report.LegalClocks;
import no.laget.report.ReportReceived;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Laget's own child welfare intake as a receiver: the child welfare unit of the municipality receives the report.
 * Receiving grants that unit access to each child the report names (basic data and child welfare, writing allowed,
 * basis RECEIVED_REPORT) and starts the clocks of rules 22 and 24. A second copy of the same report is refused by the
 * inbox's unique constraint and answered as received: a retry after a timeout never makes a duplicate.
 */
@Component
class InboxReceiver implements ReportReceiver {

    private static final Logger log = LoggerFactory.getLogger(InboxReceiver.class);

    private final ReportInboxRepository inbox;
    private final SentReportRepository reports;
    private final AccessGrants grants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InboxReceiver(ReportInboxRepository inbox, SentReportRepository reports, AccessGrants grants,
            ApplicationEventPublisher events, Clock clock) {
        this.inbox = inbox;
        this.reports = reports;
        this.grants = grants;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void deliver(OutgoingReport report) throws DeliveryFailure {
        long unitId = inbox.childWelfareUnit()
                .orElseThrow(() -> new DeliveryFailure("NO_CHILD_WELFARE_UNIT", false));
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        LocalDate receivedOn = LegalClocks.receivedOn(now.toInstant());
        Optional<Long> inboxId = inbox.receive(report.reportId(), unitId, now, receivedOn);
        if (inboxId.isEmpty()) {
            log.info("Report {} was already received; the copy is refused", report.reportId());
            return;
        }
        List<Long> children = reports.childIds(report.reportId());
        for (long childId : children) {
            for (InformationCategory category : List.of(InformationCategory.BASIC, InformationCategory.CHILD_WELFARE)) {
                grants.grant(NewGrant.ofWork(childId, unitId, category, Basis.RECEIVED_REPORT, true, "report",
                        report.reportId()));
            }
        }
        events.publishEvent(new ReportReceived(report.reportId(), inboxId.get(), unitId,
                children.isEmpty() ? null : children.getFirst(), receivedOn));
        log.info("Report {} received by unit {} as intake {}", report.reportId(), unitId, inboxId.get());
    }
}
