package no.laget.casework.internal;

import no.laget.casework.RelayCase;

import no.laget.interest.BestInterestForm;

/** Closing a case: why, a note, the version seen and the best-interest note. */
public record CloseCase(RelayCase.CloseReason reason, String note, Integer version, BestInterestForm interest) {}
