package no.laget.emergency;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * NAV recorded its decision on an emergency card's use (once per use). Published in the deciding transaction; the
 * deadline module completes the NAV unit's duty. Ids and dates only (it is stored until handled).
 */
@DomainEvent
public record EmergencyUseDecided(long useId, long cardId, long navUnitId, LocalDate decidedOn) {}
