package no.laget.casework.internal;

import no.laget.casework.ConcernDecision;

/** The level-0 decision with an optional note, against the version seen. */
public record DecideConcern(ConcernDecision decision, String note, Integer version) {}
