package no.laget.emergency.internal;

/** The day child welfare told NAV about a use (with the receipt and the application). */
public record EmergencyInformedForm(String informedOn) {}
