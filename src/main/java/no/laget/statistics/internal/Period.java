package no.laget.statistics.internal;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as the sources write it: a year ("2022") or a span ("2019-2021" for FHI's three-year averages,
 * "2017-2018" for a school year). Ordered by the last year, then the first.
 */
record Period(String text, int firstYear, int lastYear) implements Comparable<Period> {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{4})");
    private static final Comparator<Period> ORDER = Comparator.comparingInt(Period::lastYear)
            .thenComparingInt(Period::firstYear);

    static Optional<Period> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.trim();
        Matcher year = YEAR.matcher(text);
        if (year.matches()) {
            int y = Integer.parseInt(year.group(1));
            return Optional.of(new Period(text, y, y));
        }
        Matcher span = SPAN.matcher(text);
        if (span.matches()) {
            int first = Integer.parseInt(span.group(1));
            int last = Integer.parseInt(span.group(2));
            if (first < last) {
                return Optional.of(new Period(first + "-" + last, first, last));
            }
        }
        return Optional.empty();
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }
}
