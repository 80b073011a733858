package no.laget.emergency.internal;

/** A new card, made by NAV for a child welfare unit: a name and the child welfare unit's id. */
public record EmergencyCardForm(String name, String childWelfareUnitId) {}
