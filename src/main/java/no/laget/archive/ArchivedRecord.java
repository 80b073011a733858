package no.laget.archive;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One archived record as an employee sees it in the list: where it sits (class, case file, journal number), what it
 * is, who archived it and when, and the record it corrects, if any (its id and journal number). childId is null for a
 * record of no child (a cooperation agreement). The document's bytes are fetched on their own.
 */
public record ArchivedRecord(long id, String journalNumber, String fileNumber, String fileTitle, String classCode,
        String classTitle, String kind, String title, String recordType, String accessCode, String legalBasis,
        String unitName, String archivedByName, OffsetDateTime archivedAt, LocalDate documentDate, Long correctsId,
        String correctionReason, long fileSize, String sha256, String category, Long childId,
        String correctsJournalNumber) {

    @Override
    public String toString() {
        return "ArchivedRecord[" + id + "]";
    }
}
