package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** A use of the card as typed; numbers and dates are strings so a typing mistake becomes a field message. */
public record EmergencyUseForm(String usedOn, String recipientRef, String purpose, String amount, String receiptRef,
        String navInformedOn) {

    public RecordUse toCommand(LocalDate today, BigDecimal limit) {
        Set<String> unreadable = new HashSet<>();
        return RecordUse.read(new FieldProblems(), unreadable, UnreadableFields.date(unreadable, "usedOn", usedOn),
                recipientRef, purpose, Rules.amount(unreadable, "amount", amount), receiptRef,
                UnreadableFields.date(unreadable, "navInformedOn", navInformedOn), today, limit);
    }
}
