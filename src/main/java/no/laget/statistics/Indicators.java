package no.laget.statistics;

import java.util.Optional;

import no.laget.statistics.internal.IndicatorSeriesQuery;

import org.springframework.stereotype.Service;

/** What other modules may read of the official indicators: one indicator's series for one area. */
@Service
public class Indicators {

    private final IndicatorSeriesQuery query;

    Indicators(IndicatorSeriesQuery query) {
        this.query = query;
    }

    /**
     * The indicator with this code for the area with this number (a municipality, a county, or 0 for the
     * country), oldest period first; empty if no indicator has the code. Two statements.
     */
    public Optional<IndicatorSeries> series(String code, String region) {
        return query.series(code, region);
    }
}
