package no.laget.report;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A report of concern has not reached child welfare for long enough (or for good) that its reporter must act: call
 * child welfare. Published on every such failed attempt with the day of the attempt. Ids and dates only.
 */
@DomainEvent
public record ReportNotDelivered(long reportId, long reporterEmployeeId, LocalDate failedOn) {}
