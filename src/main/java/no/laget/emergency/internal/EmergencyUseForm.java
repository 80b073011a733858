package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;

/** A use of the card as typed; numbers and dates are strings so a typing mistake becomes a field message. */
public record EmergencyUseForm(String usedOn, String recipientRef, String purpose, String amount, String receiptRef,
        String navInformedOn) {

    public RecordUse toCommand(LocalDate today, BigDecimal limit) {
        Set<String> unreadable = new HashSet<>();
        return RecordUse.read(new FieldProblems(), unreadable, Rules.date(unreadable, "usedOn", usedOn), recipientRef,
                purpose, Rules.amount(unreadable, "amount", amount), receiptRef,
                Rules.date(unreadable, "navInformedOn", navInformedOn), today, limit);
    }
}
