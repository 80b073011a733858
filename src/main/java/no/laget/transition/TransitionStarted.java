package no.laget.transition;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Child welfare started a young person's transition with a NAV unit, on the young person's written consent.
 * Published in the starting transaction; the deadline module completes the reminder to start it. Ids and dates only
 * (it is stored until handled).
 */
@DomainEvent
public record TransitionStarted(long transitionId, long childId, long childWelfareUnitId, long navUnitId,
        LocalDate startedOn) {}
