package no.laget.consent;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Every grant of a consent is withdrawn: nothing of it is shared any more and its expiry needs no follow-up. Published
 * with {@link ConsentWithdrawn} (the archive's document) when the last part goes. Ids only.
 */
@DomainEvent
public record ConsentWithdrawnInFull(long consentId, long childId) {}
