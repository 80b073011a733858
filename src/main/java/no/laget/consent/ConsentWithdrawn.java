package no.laget.consent;

import java.time.OffsetDateTime;

/**
 * Published in the withdrawing transaction when all or part of a consent is withdrawn, so the modules that stand on
 * it can react (casework flags its cases and stops their reminders) and the archive keeps the consent form as it
 * reads after the withdrawal. The child's name is there for the archive's titles; never log this event.
 *
 * @param employeeId the employee who recorded the withdrawal; when the family withdrew through its own door
 *        ({@code familyMemberId} set), the employee whose unit recorded the consent (the one who follows it up)
 * @param familyMemberId the family member who withdrew through the family's door, or null when an employee recorded it
 */
public record ConsentWithdrawn(long consentId, long childId, String childName, long unitId, long employeeId,
        OffsetDateTime withdrawnAt, byte[] form, Long familyMemberId) {

    /** A withdrawal an employee recorded. */
    public ConsentWithdrawn(long consentId, long childId, String childName, long unitId, long employeeId,
            OffsetDateTime withdrawnAt, byte[] form) {
        this(consentId, childId, childName, unitId, employeeId, withdrawnAt, form, null);
    }

    @Override
    public String toString() {
        return "ConsentWithdrawn[" + consentId + "]";
    }
}
