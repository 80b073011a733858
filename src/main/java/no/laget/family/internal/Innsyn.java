package no.laget.family.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import no.laget.access.FamilyChild;
import no.laget.archive.ArchivedRecord;
import no.laget.casework.RelayCase;
import no.laget.child.ChildrenForFamily;
import no.laget.consent.Consent;
import no.laget.interest.NotesForFamily;

/**
 * Everything Laget holds about a child that the family's door lets the family read (innsyn, GDPR art. 15), as read
 * for one download: the PDF and the JSON are two renderings of this. {@code guardianNames} names the guardians a
 * consent lists, by guardian id.
 */
public record Innsyn(FamilyChild asked, OffsetDateTime createdAt, ChildrenForFamily.Record record,
        List<Consent> consents, Map<Long, String> guardianNames, List<RelayCase> cases,
        List<NotesForFamily.Note> notes, List<SeenWords.Line> accessLog, List<ArchivedRecord> archived) {

    public String childName() {
        return record.child().fullName();
    }

    public String guardiansOf(Consent consent) {
        return String.join(", ", consent.guardianIds().stream().map(id -> guardianNames.getOrDefault(id, "")).toList());
    }

    /** A time in Oslo as the PDF writes it, or an empty string. */
    public String time(OffsetDateTime at) {
        return at == null ? "" : SeenWords.WHEN.format(at.atZoneSameInstant(no.laget.access.AccessDoor.OSLO));
    }

    /** A day as the PDF writes it, or an empty string. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : SeenWords.DAY.format(day);
    }

    @Override
    public String toString() {
        return "Innsyn[" + asked.childId() + "]";
    }
}
