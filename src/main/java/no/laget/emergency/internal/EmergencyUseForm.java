package no.laget.emergency.internal;

/** A use of the card as typed; numbers and dates are strings so a typing mistake becomes a field message. */
public record EmergencyUseForm(String usedOn, String recipientRef, String purpose, String amount, String receiptRef,
        String navInformedOn) {}
