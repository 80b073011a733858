package no.laget.casework;

import java.time.OffsetDateTime;

/**
 * A case's individual plan was made (first save) or revised (every later save; docs/domain.md rules 26-29). Published
 * inside the saving transaction with the plan as printed at that moment, so that a listener (the archive) keeps each
 * version as it was. The child's name is there for the listener's titles; never log this event.
 */
public record IndividualPlanRevised(long caseId, long childId, String childName, int version, boolean first,
        long unitId, long employeeId, OffsetDateTime revisedAt, byte[] plan) {

    @Override
    public String toString() {
        return "IndividualPlanRevised[" + caseId + ", " + version + "]";
    }
}
