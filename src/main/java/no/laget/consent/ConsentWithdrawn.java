package no.laget.consent;

import java.time.OffsetDateTime;

/**
 * Published in the withdrawing transaction when all or part of a consent is withdrawn, so the modules that stand on
 * it can react (casework flags its cases and stops their reminders) and the archive keeps the consent form as it
 * reads after the withdrawal. The child's name is there for the archive's titles; never log this event.
 */
public record ConsentWithdrawn(long consentId, long childId, String childName, long unitId, long employeeId,
        OffsetDateTime withdrawnAt, byte[] form) {

    @Override
    public String toString() {
        return "ConsentWithdrawn[" + consentId + "]";
    }
}
