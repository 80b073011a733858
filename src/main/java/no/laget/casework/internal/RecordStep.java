package no.laget.casework.internal;

import no.laget.casework.ConcernStep;

import java.time.LocalDate;

/** A step of the guide done: which, on what day, and an optional note. */
public record RecordStep(ConcernStep step, LocalDate doneOn, String note) {}
