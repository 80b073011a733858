package no.laget.family.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import no.laget.access.FamilyChild;
import no.laget.archive.ArchivedRecord;
import no.laget.casework.CasesForFamily;
import no.laget.casework.ConcernsForFamily;
import no.laget.casework.RelayCase;
import no.laget.child.ChildrenForFamily;
import no.laget.consent.Consent;
import no.laget.consent.ConsentRequest;
import no.laget.interest.NotesForFamily;
import no.laget.platform.time.Dates;
import no.laget.platform.time.Oslo;

/**
 * Everything Laget holds about a child that the family's door lets the family read (innsyn, GDPR art. 15), as read
 * for one download: the PDF and the JSON are two renderings of this. {@code guardianNames} names the guardians a
 * consent lists, by guardian id. {@code requests} are the consent requests the member sees (a guardian never the young
 * person's own).
 */
public record Innsyn(FamilyChild asked, OffsetDateTime createdAt, ChildrenForFamily.Record record,
        List<Consent> consents, List<ConsentRequest> requests, Map<Long, String> guardianNames,
        List<ConcernsForFamily.FamilyConcern> concerns, List<RelayCase> cases,
        Map<Long, CasesForFamily.IndividualPlan> plans,
        List<NotesForFamily.Note> notes, List<SeenWords.Line> accessLog, List<ArchivedRecord> archived) {

    public String childName() {
        return record.child().fullName();
    }

    public String guardiansOf(Consent consent) {
        return String.join(", ", consent.guardianIds().stream().map(id -> guardianNames.getOrDefault(id, "")).toList());
    }

    /**
     * A request's state on the day of the download: WAITING, GIVEN, REFUSED (the answers became a refusal) or
     * PERIOD_ENDED (nobody decided it before its period ended).
     */
    public ConsentRequest.State state(ConsentRequest request) {
        boolean refused = request.consentId() != null && consents.stream()
                .anyMatch(c -> c.id() == request.consentId() && c.refused());
        return request.stateOn(createdAt.atZoneSameInstant(Oslo.ZONE).toLocalDate(),
                refused ? Consent.Status.REFUSED : Consent.Status.LIVE);
    }

    /**
     * Whether an answer is the downloader's own: the young person's (no guardian), or the guardian row that carries the
     * downloader's identity number (the record shows a number on the downloader's own row only). Only one's own
     * answer's comment is in the download; everyone's answer and time are.
     */
    public boolean ownAnswer(ConsentRequest.Answerer answerer) {
        if (answerer.guardianId() == null) {
            return asked.relation() == no.laget.access.FamilyRelation.YOUNG_PERSON;
        }
        return record.guardians().stream()
                .anyMatch(g -> g.id() == answerer.guardianId() && g.identityNumber() != null);
    }

    /** The case's individual plan, or null. */
    public CasesForFamily.IndividualPlan planOf(RelayCase relayCase) {
        return plans.get(relayCase.id());
    }

    /** A time in Oslo as the PDF writes it, or an empty string. */
    public String time(OffsetDateTime at) {
        return at == null ? "" : Dates.paddedDayAtTime(at);
    }

    /** A day as the PDF writes it, or an empty string. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : Dates.paddedDay(day);
    }

    @Override
    public String toString() {
        return "Innsyn[" + asked.childId() + "]";
    }
}
