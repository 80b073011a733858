package no.laget.report;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** Rule 23: the investigation of a report was extended on {@code extendedOn} to end by {@code investigationDue}. */
@DomainEvent
public record InvestigationExtended(long reportId, long inboxId, long unitId, Long childId, LocalDate extendedOn,
        LocalDate investigationDue) {}
