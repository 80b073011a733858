package no.laget.transition;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Child welfare recorded a measure for a young person under 18 that lasts until {@code remindOn} (the configured
 * months before the 18th birthday) or longer, and the unit has not started a transition for the young person: the unit
 * should start one (docs/domain.md rule 30). Published in the recording transaction, possibly again with the same day;
 * the deadline module keeps one reminder per young person. Ids and dates only (it is stored until handled).
 */
@DomainEvent
public record TransitionReminderSet(long childId, long unitId, LocalDate remindOn) {}
