package no.laget.child;

import java.time.LocalDate;
import java.util.List;

/**
 * How many children the units of each type served on a day, per age band (age on that day, from the stored
 * birth date). A child served by two units of the same type counts once for that type; a child served by a
 * school and a health station counts for both types. Counts only: nothing here leads back to a child.
 */
public record ServedCounts(LocalDate on, List<Count> counts) {

    public ServedCounts {
        counts = List.copyOf(counts);
    }

    public enum AgeBand {
        AGE_0_5, AGE_6_12, AGE_13_15, AGE_16_17, AGE_18_AND_OVER, UNKNOWN
    }

    public record Count(String unitType, AgeBand band, int count) {}
}
