package no.laget.emergency.internal;

/** NAV's decision as typed: APPROVED or REJECTED, the date, an optional note. */
public record EmergencyDecisionForm(String decision, String decidedOn, String note) {}
