package no.laget.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The municipality, its county and the country over time, as rows for a table and as polylines for a
 * server-drawn SVG chart: no JavaScript, and the table carries the same numbers for those who cannot see it.
 */
record IndicatorChart(List<Row> rows, List<Line> lines, String minLabel, String maxLabel) {

    /** The drawing area; templates/statistics/indicator.html draws its viewBox and axes with the same numbers. */
    static final int WIDTH = 600;
    static final int HEIGHT = 240;
    static final int PAD = 30;

    /** One period: the three values (null where nothing is published). */
    record Row(String period, BigDecimal municipality, BigDecimal county, BigDecimal country) {}

    /** One series as SVG polyline points, with its legend key and dash pattern (not only colour tells them apart). */
    record Line(String labelKey, String points, String dash) {}

    static IndicatorChart of(List<Period> periods, Map<Period, BigDecimal> municipality, Map<Period, BigDecimal> county,
            Map<Period, BigDecimal> country) {
        List<Row> rows = periods.stream().map(p -> new Row(p.text(), municipality.get(p), county.get(p), country.get(p)))
                .toList();
        BigDecimal min = null;
        BigDecimal max = null;
        for (Map<Period, BigDecimal> series : List.of(municipality, county, country)) {
            for (BigDecimal value : series.values()) {
                if (value != null) {
                    min = min == null || value.compareTo(min) < 0 ? value : min;
                    max = max == null || value.compareTo(max) > 0 ? value : max;
                }
            }
        }
        if (min == null) {
            return new IndicatorChart(rows, List.of(), "", "");
        }
        double low = min.doubleValue();
        double high = max.doubleValue() == low ? low + 1 : max.doubleValue();
        List<Line> lines = new ArrayList<>();
        lines.add(line("statistics.line.municipality", periods, municipality, low, high, "none"));
        lines.add(line("statistics.line.county", periods, county, low, high, "8 4"));
        lines.add(line("statistics.line.country", periods, country, low, high, "2 4"));
        return new IndicatorChart(rows, lines, min.stripTrailingZeros().toPlainString(),
                max.stripTrailingZeros().toPlainString());
    }

    private static Line line(String key, List<Period> periods, Map<Period, BigDecimal> series, double low, double high,
            String dash) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            BigDecimal value = series.get(periods.get(i));
            if (value == null) {
                continue;
            }
            double x = PAD + (periods.size() == 1 ? 0 : i * (WIDTH - 2.0 * PAD) / (periods.size() - 1));
            double y = HEIGHT - PAD - (value.doubleValue() - low) * (HEIGHT - 2.0 * PAD) / (high - low);
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new Line(key, points.toString().trim(), dash);
    }
}
