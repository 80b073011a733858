package no.laget.consent;

/**
 * Published in the withdrawing transaction when all or part of a consent is withdrawn, so the modules that stand on
 * it can react (casework flags its cases and stops their reminders). Carries ids only.
 */
public record ConsentWithdrawn(long consentId, long childId) {}
