package no.laget.transition.internal;

/** A measure in the joint plan as typed: what, who is responsible, until when, and when it is evaluated. */
public record TransitionMeasureForm(String description, String responsible, String timeLimit, String evaluationOn) {}
