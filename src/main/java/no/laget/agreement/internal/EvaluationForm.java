package no.laget.agreement.internal;

/** The annual evaluation as typed: the day it was held and what was concluded. */
public record EvaluationForm(String evaluatedOn, String summary) {}
