package no.laget.agreement.internal;

/** An employee's experience of the cooperation, before the annual evaluation. */
public record InputForm(String text) {}
