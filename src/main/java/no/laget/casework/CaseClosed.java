package no.laget.casework;

import java.time.OffsetDateTime;

/**
 * A relay case was closed (docs/domain.md rule 8). Published inside the closing transaction with the relay log as
 * printed at that moment, so that a listener (the archive) keeps the log as it was when the case ended. The child's
 * name is there for the listener's titles; never log this event.
 */
public record CaseClosed(long caseId, long childId, String childName, long unitId, long employeeId,
        OffsetDateTime closedAt, byte[] relayLog) {

    @Override
    public String toString() {
        return "CaseClosed[" + caseId + "]";
    }
}
