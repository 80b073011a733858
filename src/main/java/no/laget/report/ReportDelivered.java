package no.laget.report;

import org.jmolecules.event.annotation.DomainEvent;

/** A report of concern reached child welfare. Ids only. */
@DomainEvent
public record ReportDelivered(long reportId) {}
