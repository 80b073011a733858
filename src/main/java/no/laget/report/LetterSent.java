package no.laget.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Child welfare recorded a letter to the reporter as sent (docs/domain.md rule 24). Published inside the recording
 * transaction with the letter as rendered at that moment, so that a listener (the archive) keeps it as it was sent.
 * The letter names no child; childId is the report's first child, for whom the letter is kept. The reporter's
 * name is there for the listener's records; never log this event.
 */
public record LetterSent(long letterId, long reportId, long childId, String kind, String title, String reporterName,
        long unitId, long employeeId, OffsetDateTime recordedAt, LocalDate sentOn, byte[] letter) {

    @Override
    public String toString() {
        return "LetterSent[" + letterId + "]";
    }
}
