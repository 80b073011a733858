package no.laget.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import no.laget.statistics.IndicatorSeries;

import org.springframework.stereotype.Component;

/** Reads one indicator's joined series for {@link no.laget.statistics.Indicators}. */
@Component
public class IndicatorSeriesQuery {

    private final IndicatorRepository indicators;
    private final RegionNumbers regions;

    IndicatorSeriesQuery(IndicatorRepository indicators, RegionNumbers regions) {
        this.indicators = indicators;
        this.regions = regions;
    }

    public Optional<IndicatorSeries> series(String code, String region) {
        return indicators.findByCode(code).map(indicator -> {
            List<RegionNumbers.Region> numbers = RegionNumbers.COUNTRY.equals(region) ? List.of() : regions.series(region);
            Set<String> codes = numbers.stream().map(RegionNumbers.Region::number).collect(Collectors.toCollection(java.util.HashSet::new));
            codes.add(region);
            List<SeriesJoin.Figure> figures = indicators.figures(indicator.id(), codes);
            List<IndicatorSeries.Value> values = new ArrayList<>();
            if (numbers.isEmpty()) {
                figures.stream().filter(f -> f.region().equals(region))
                        .forEach(f -> Period.parse(f.period()).ifPresent(p ->
                                values.add(new IndicatorSeries.Value(p.text(), p.lastYear(), f.value(), f.status()))));
                values.sort((a, b) -> Period.parse(a.period()).orElseThrow().compareTo(Period.parse(b.period()).orElseThrow()));
            } else {
                SeriesJoin.join(numbers, figures).values().forEach(point -> values.add(new IndicatorSeries.Value(
                        point.period().text(), point.period().lastYear(), point.value(), point.status())));
            }
            return new IndicatorSeries(indicator.code(), indicator.name(), indicator.unit(), indicator.source(),
                    region, regions.name(region), values);
        });
    }
}
