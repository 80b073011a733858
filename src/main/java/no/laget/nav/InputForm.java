package no.laget.nav;

/** An employee's experience of the cooperation, before the annual evaluation. */
public record InputForm(String text) {}
