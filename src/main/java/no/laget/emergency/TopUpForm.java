package no.laget.emergency;

/** A top-up as typed by NAV. */
public record TopUpForm(String toppedUpOn, String amount, String note) {}
