package no.laget.child;

import java.time.LocalDate;

/** A unit that serves the child from a date, and until a date when it has ended. */
public record ServingUnit(long unitId, String unitName, LocalDate from, LocalDate to) {

    public boolean servesOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
