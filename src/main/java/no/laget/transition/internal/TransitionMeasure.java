package no.laget.transition.internal;

import java.time.LocalDate;

/** A measure in the joint plan. */
public record TransitionMeasure(long id, long transitionId, String description, String responsible,
        LocalDate timeLimit, LocalDate evaluationOn) {}
