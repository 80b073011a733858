package no.laget.casework;

/** A concern was decided: its decision is no longer due. Ids only. */
public record ConcernDecided(long concernId) {}
