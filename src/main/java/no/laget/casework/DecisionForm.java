package no.laget.casework;

/** The level-0 decision as typed, with the concern's version. */
public record DecisionForm(String decision, String decisionNote, String version) {}
