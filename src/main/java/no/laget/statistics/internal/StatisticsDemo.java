package no.laget.statistics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import no.laget.platform.LagetProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode, while none of them is stored: made-up figures for the indicators the demo plan has targets for
 * (Halden under its old number 3001 until 2023 and 3101 from 2024, as SSB publishes), so the plan's annual report
 * shows series. Imported through the same import and rules as an uploaded file; the source column says they are
 * made up. A figure the import refuses stops the demo rather than showing half a series.
 */
@Component
class StatisticsDemo {

    static final String FILE = "statistics/demo-figures.csv";
    static final String MARKER = "NAERVAER_GRUNNSKOLE";

    private static final Logger log = LoggerFactory.getLogger(StatisticsDemo.class);

    private final LagetProperties properties;
    private final IndicatorRepository repository;
    private final IndicatorImport importer;

    StatisticsDemo(LagetProperties properties, IndicatorRepository repository, IndicatorImport importer) {
        this.properties = properties;
        this.repository = repository;
        this.importer = importer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!properties.demo() || repository.listed().stream().anyMatch(i -> i.code().equals(MARKER))) {
            return;
        }
        ImportReport report = importer.importCsv(read(), ImportMode.ALL_OR_NOTHING);
        if (report.outcome() != ImportReport.Outcome.ALL_STORED) {
            throw new IllegalStateException("The demo figures were refused: " + report.refusals() + " " + report.fileProblem());
        }
        log.info("Demo figures stored: {}", report.stored());
    }

    static String read() {
        try (InputStream in = StatisticsDemo.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
