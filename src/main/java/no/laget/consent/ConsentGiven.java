package no.laget.consent;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A consent was given (recorded by a unit, or answered by the family on a request) and runs until {@code validTo}; the
 * unit that recorded or asked for it follows it up: renew it with the family or let the sharing end. Not published
 * for a refusal. Ids and dates only (it is stored until handled); the archive's document is {@link ConsentRecorded}.
 */
@DomainEvent
public record ConsentGiven(long consentId, long childId, long unitId, LocalDate validTo) {}
