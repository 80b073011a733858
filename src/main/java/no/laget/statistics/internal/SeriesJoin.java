package no.laget.statistics.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.laget.statistics.internal.RegionNumbers.Region;

/**
 * Joins figures stored under the numbers one area has had into one line. For each period it takes the
 * number in use in that period (by the period's last year), and if that has no figure, the newest number
 * that has one: sources re-publish old years under today's numbers.
 */
final class SeriesJoin {

    /** A stored figure. */
    record Figure(String region, String period, BigDecimal value, String status) {}

    /** A point on the joined line and the number it came from. */
    record Point(Period period, String region, BigDecimal value, String status) {}

    private SeriesJoin() {}

    /** @param numbers the area's numbers, newest first */
    static TreeMap<Period, Point> join(List<Region> numbers, Collection<Figure> figures) {
        Map<String, Map<String, Figure>> byPeriod = new TreeMap<>();
        for (Figure figure : figures) {
            byPeriod.computeIfAbsent(figure.period(), p -> new java.util.HashMap<>()).put(figure.region(), figure);
        }
        TreeMap<Period, Point> line = new TreeMap<>();
        byPeriod.forEach((text, byRegion) -> Period.parse(text).ifPresent(period -> {
            Optional<Region> inUse = numbers.stream().filter(r -> r.inUse(period.lastYear()))
                    .filter(r -> byRegion.containsKey(r.number())).findFirst();
            Optional<Region> chosen = inUse.or(() -> numbers.stream()
                    .filter(r -> byRegion.containsKey(r.number())).findFirst());
            chosen.ifPresent(r -> {
                Figure figure = byRegion.get(r.number());
                line.put(period, new Point(period, r.number(), figure.value(), figure.status()));
            });
        }));
        return line;
    }
}
