package no.laget.emergency.internal;

import java.math.BigDecimal;

/** A card child welfare holds on NAV's behalf, with its balance: top-ups recorded by NAV less every use. */
public record EmergencyCard(long id, String name, long childWelfareUnitId, String childWelfareUnitName,
        long navUnitId, String navUnitName, BigDecimal balance) {}
