package no.laget.plan.internal;

import java.math.BigDecimal;

/** A target figure for a development area: an indicator of the statistics module by its code, a value and a year. */
public record Target(long id, long areaId, String indicatorCode, String description, BigDecimal targetValue,
        int targetYear, String note) {}
