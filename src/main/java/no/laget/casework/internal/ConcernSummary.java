package no.laget.casework.internal;

import no.laget.casework.ConcernDecision;

import java.time.LocalDate;

/** One row of a list of concerns. */
public record ConcernSummary(long id, long childId, String childName, LocalDate writtenOn, LocalDate decisionDue,
        ConcernDecision decision, String writtenByName, boolean suspicionOfHarm) {

    @Override
    public String toString() {
        return "ConcernSummary[" + id + "]";
    }
}
