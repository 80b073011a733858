package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money NAV put on the card. */
public record EmergencyTopUp(long id, long cardId, LocalDate toppedUpOn, BigDecimal amount, String note,
        String recordedByName) {}
