package no.laget.report;

import java.time.LocalDate;

/** The investigation of a report ended on {@code endedOn}; the reporter is told by {@code outcomeLetterDue}. */
public record InvestigationEnded(long reportId, long inboxId, long unitId, Long childId, LocalDate endedOn,
        LocalDate outcomeLetterDue) {}
