package no.laget.casework;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A measure was evaluated. {@code nextEvaluateOn} is the next evaluation's date, or null when none is planned: the
 * measure is then evaluated for good (a next date comes as its own {@link EvaluationDateSet}). Ids and dates only.
 */
@DomainEvent
public record MeasureEvaluated(long caseId, long measureId, LocalDate nextEvaluateOn) {}
