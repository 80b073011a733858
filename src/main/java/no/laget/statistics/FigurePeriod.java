package no.laget.statistics;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import no.laget.platform.time.Oslo;

/**
 * The period internal figures are asked for: one calendar year in Europe/Oslo, and the day that stands for
 * "now" within it (the last day of the year, or today for the current year) for counts of a state, such as
 * children served.
 */
public record FigurePeriod(int year, LocalDate asOf) {

    public static FigurePeriod of(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return new FigurePeriod(year, end.isBefore(today) ? end : today);
    }

    /** The first moment of the year in Oslo. */
    public ZonedDateTime start() {
        return LocalDate.of(year, 1, 1).atStartOfDay(Oslo.ZONE);
    }

    /** The first moment of the next year in Oslo: the period ends before it. */
    public ZonedDateTime end() {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(Oslo.ZONE);
    }
}
