package no.laget.casework;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A concern was written (level 0): the writer's unit decides on it by {@code decisionDueOn}. Published in the writing
 * transaction; the deadline module gives the writer the duty. Ids and dates only (it is stored until handled).
 */
@DomainEvent
public record ConcernWritten(long concernId, long childId, long unitId, long employeeId, LocalDate writtenOn,
        LocalDate decisionDueOn) {}
