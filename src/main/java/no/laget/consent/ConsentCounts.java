package no.laget.consent;

import java.util.List;

/**
 * How many consents were recorded, refused and withdrawn in a year, per type of the unit that recorded them
 * and per quarter (Europe/Oslo). Counts only: nothing here leads back to a child. A withdrawal counts the
 * whole consent; grants withdrawn one by one are not counted.
 */
public record ConsentCounts(int year, List<Count> counts) {

    public ConsentCounts {
        counts = List.copyOf(counts);
    }

    public enum Kind { RECORDED, REFUSED, WITHDRAWN }

    /** @param quarter 1 to 4 */
    public record Count(Kind kind, String unitType, int quarter, int count) {}
}
