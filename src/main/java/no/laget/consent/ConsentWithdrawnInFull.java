package no.laget.consent;

/**
 * Every grant of a consent is withdrawn: nothing of it is shared any more and its expiry needs no follow-up. Published
 * with {@link ConsentWithdrawn} (the archive's document) when the last part goes. Ids only.
 */
public record ConsentWithdrawnInFull(long consentId, long childId) {}
