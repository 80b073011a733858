package no.laget.casework;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A measure of a case is to be evaluated on {@code evaluateOn}: set when the measure is agreed, when its dates are
 * changed and when an evaluation names the next one. The evaluation rests on the responsible person (when one is
 * named) in the responsible unit. Ids and dates only.
 */
@DomainEvent
public record EvaluationDateSet(long caseId, long measureId, long childId, Long unitId, Long employeeId,
        LocalDate evaluateOn) {}
