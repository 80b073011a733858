package no.laget.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * One official indicator for one area over time, its numbers joined across renumberings and mergers as the
 * statistics pages show them. A value is null where the source published none; {@code status} says why.
 */
public record IndicatorSeries(String code, String name, String unit, String source, String region,
        String regionName, List<Value> values) {

    public IndicatorSeries {
        values = List.copyOf(values);
    }

    /** A period as the source wrote it: a year ("2024") or a span ("2019-2021"). */
    public record Value(String period, int lastYear, BigDecimal value, String status) {}
}
