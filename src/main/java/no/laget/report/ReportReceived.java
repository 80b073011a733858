package no.laget.report;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Child welfare's intake received a report of concern on {@code receivedOn} (Oslo day): the clocks for the review
 * (one week) and the confirmation to the reporter (three weeks) start. {@code childId} is the report's first child, or
 * null. Published in the receiving transaction; the deadline module keeps the clocks. Ids and dates only.
 */
@DomainEvent
public record ReportReceived(long reportId, long inboxId, long unitId, Long childId, LocalDate receivedOn) {}
