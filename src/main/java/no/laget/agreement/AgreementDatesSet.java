package no.laget.agreement;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A cooperation agreement's next dates for one party, as they stand after the agreement was created, a meeting
 * recorded or the evaluation recorded: the next cooperation and anonymous meeting due, the staff's input due and the
 * evaluation due. A date is null when there is no such duty within the agreement's period (no meetings of that kind
 * promised, or the next one falls after the agreement ends). Published once per party in the saving transaction; the
 * deadline module keeps the party unit's duties. Ids and dates only (it is stored until handled).
 */
@DomainEvent
public record AgreementDatesSet(long agreementId, long partyId, long partyUnitId, LocalDate cooperationMeetingDueOn,
        LocalDate anonymousMeetingDueOn, LocalDate inputDueOn, LocalDate evaluationDueOn) {}
