package no.laget.casework.internal;

import java.time.LocalDate;

/** One row of a list of cases. */
public record CaseSummary(long id, long childId, String childName, int level, String holderName, boolean open,
        LocalDate nextEvaluation, boolean handoverToMe) {

    @Override
    public String toString() {
        return "CaseSummary[" + id + "]";
    }
}
