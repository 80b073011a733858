package no.laget.casework;

import org.jmolecules.event.annotation.DomainEvent;

/** A concern was decided: its decision is no longer due. Ids only. */
@DomainEvent
public record ConcernDecided(long concernId) {}
