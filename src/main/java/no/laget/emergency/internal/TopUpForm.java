package no.laget.emergency.internal;

/** A top-up as typed by NAV. */
public record TopUpForm(String toppedUpOn, String amount, String note) {}
