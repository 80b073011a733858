package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One use of the card in an emergency. The recipient is a reference without an identity number (a case number
 * NAV and child welfare both know), not a child in Laget. {@code decisionDue} is three working days after the use.
 */
public record EmergencyUse(long id, long cardId, LocalDate usedOn, String recipientRef, String purpose,
        BigDecimal amount, String receiptRef, LocalDate navInformedOn, String recordedByName,
        EmergencyDecision decision, LocalDate decidedOn, String decisionNote, String decidedByName,
        LocalDate decisionDue) {

    public enum Status { AWAITING_DECISION, OVERDUE, APPROVED, REJECTED }

    public Status statusOn(LocalDate today) {
        if (decision != null) {
            return decision == EmergencyDecision.APPROVED ? Status.APPROVED : Status.REJECTED;
        }
        return today.isAfter(decisionDue) ? Status.OVERDUE : Status.AWAITING_DECISION;
    }

    public boolean overdueOn(LocalDate today) {
        return statusOn(today) == Status.OVERDUE;
    }
}
