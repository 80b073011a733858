package no.laget.report;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** The investigation of a report ended on {@code endedOn}; the reporter is told by {@code outcomeLetterDue}. */
@DomainEvent
public record InvestigationEnded(long reportId, long inboxId, long unitId, Long childId, LocalDate endedOn,
        LocalDate outcomeLetterDue) {}
