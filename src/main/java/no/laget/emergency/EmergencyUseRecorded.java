package no.laget.emergency;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Child welfare recorded a use of an emergency card: the card's NAV unit decides on it by {@code decisionDueOn}
 * (three working days after the use, Halden's agreement section 6). Published in the recording transaction; the
 * deadline module gives the NAV unit the duty. Ids and dates only (it is stored until handled).
 */
@DomainEvent
public record EmergencyUseRecorded(long useId, long cardId, long navUnitId, LocalDate usedOn,
        LocalDate decisionDueOn) {}
