package no.laget.consent;

import java.time.OffsetDateTime;

/**
 * A consent or a refusal was recorded (docs/domain.md rule 13). Published inside the transaction that recorded it,
 * with the consent form as printed at that moment, so that a listener (the archive) keeps the document as it was.
 * The child's name is there for the listener's titles; never log this event.
 */
public record ConsentRecorded(long consentId, long childId, String childName, boolean refusal, long unitId,
        long employeeId, OffsetDateTime recordedAt, byte[] form) {

    @Override
    public String toString() {
        return "ConsentRecorded[" + consentId + "]";
    }
}
