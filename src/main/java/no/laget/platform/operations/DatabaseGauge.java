package no.laget.platform.operations;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataAccessException;

/**
 * A gauge read from the database at each scrape, so that every node reports the same numbers. When the database
 * cannot be reached the gauge has no value (NaN): readiness already says the database is down.
 */
public final class DatabaseGauge {

    private DatabaseGauge() {}

    public static void register(MeterRegistry meters, String name, String description, String unit,
            Supplier<Number> value) {
        Gauge.builder(name, () -> {
            try {
                return value.get();
            } catch (DataAccessException unreachable) {
                return Double.NaN;
            }
        }).description(description).baseUnit(unit).strongReference(true).register(meters);
    }
}
