package no.laget.casework;

import java.time.OffsetDateTime;

/**
 * The minutes of a case meeting were written (Laget has no separate approval: written minutes are final). Published
 * inside the writing transaction with the relay log as printed at that moment, which holds the minutes: the relay log
 * serves as the meeting's minutes (docs/domain.md rule 7). The child's name is there for the listener's titles; never
 * log this event.
 */
public record MinutesWritten(long caseId, long meetingId, long childId, String childName, long unitId, long employeeId,
        OffsetDateTime writtenAt, byte[] relayLog) {

    @Override
    public String toString() {
        return "MinutesWritten[" + caseId + ", " + meetingId + "]";
    }
}
