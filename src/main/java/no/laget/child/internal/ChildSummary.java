package no.laget.child.internal;

import java.time.LocalDate;

/** One row of a search result. */
public record ChildSummary(long id, String givenName, String familyName, LocalDate birthDate) {

    @Override
    public String toString() {
        return "ChildSummary[" + id + "]";
    }
}
