package no.laget.report;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Child welfare reviewed a report on {@code reviewedOn}: the reporter's opening letter is due on {@code
 * openingLetterDue}; when an investigation was opened it ends by {@code investigationDue}, otherwise that is null.
 * Ids and dates only.
 */
@DomainEvent
public record ReportReviewed(long reportId, long inboxId, long unitId, Long childId, LocalDate reviewedOn,
        LocalDate openingLetterDue, LocalDate investigationDue) {}
