package no.laget.transition;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A measure was added to a young person's joint transition plan, to be evaluated on {@code evaluationOn} by the child
 * welfare unit that started the transition. Published in the adding transaction; the deadline module gives the unit
 * the duty. Ids and dates only (it is stored until handled).
 */
@DomainEvent
public record TransitionMeasureAdded(long measureId, long transitionId, long childId, long childWelfareUnitId,
        LocalDate evaluationOn) {}
