package no.laget.archive.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What a module's event asks the archive to keep: the document and the facts for its Noark place. fileKey names the
 * case file (saksmappe) it belongs to, such as {@code relay_case:12}; screenedWords are left out of the public titles.
 * childId is null for a record of no child (a cooperation agreement), which the units it names read instead.
 */
public record NewRecord(String kind, String fileKey, Long childId, String fileTitle, String title,
        Set<String> screenedWords, String recordType, String documentType, String counterpartType,
        String counterpartName, long unitId, long employeeId, OffsetDateTime at, LocalDate documentDate, byte[] pdf,
        Long correctsId, String correctionReason) {

    NewRecord withCounterpartName(String name) {
        return new NewRecord(kind, fileKey, childId, fileTitle, title, screenedWords, recordType, documentType,
                counterpartType, name, unitId, employeeId, at, documentDate, pdf, correctsId, correctionReason);
    }

    @Override
    public String toString() {
        return "NewRecord[" + kind + ", " + fileKey + "]";
    }
}
