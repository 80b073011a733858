package no.laget.casework;

/** The level-0 decision with an optional note, against the version seen. */
public record DecideConcern(ConcernDecision decision, String note, Integer version) {}
