package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import no.laget.platform.time.Oslo;
import no.laget.access.AccessDoor;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.casework.Cases;
import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.interest.BestInterestNote;
import no.laget.interest.BestInterestNotes;
import no.laget.interest.Occasion;
import no.laget.platform.security.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * A case's best-interest notes (docs/domain.md rule 26) and the relay log as it reads at a moment (for the archive).
 * The caller has already passed the case's own rule ({@link CaseAccess}); the notes module's door checks each note.
 */
@Component
public class CaseNotes {

    private final BestInterestNotes notes;
    private final Children children;
    private final CaseRepository repository;
    private final RelayLogPdf relayLogPdf;
    private final Clock clock;

    CaseNotes(BestInterestNotes notes, Children children, CaseRepository repository, RelayLogPdf relayLogPdf, Clock clock) {
        this.notes = notes;
        this.children = children;
        this.repository = repository;
        this.relayLogPdf = relayLogPdf;
        this.clock = clock;
    }

    /** The case's notes, oldest first, each through the door. */
    public List<BestInterestNotes.Written> read(SignedInUser user, long caseId) {
        return notes.read(user, source(caseId), Action.READ, EnumSet.allOf(Occasion.class));
    }

    /** The child's age today in whole years, for the note; null when the birth date is unknown. */
    public Integer childAge(SignedInUser user, long childId) {
        var age = children.get(user, childId).ageOn(LocalDate.now(clock.withZone(Oslo.ZONE)));
        return age.isPresent() ? age.getAsInt() : null;
    }

    public void write(SignedInUser user, CaseRepository.Head head, Occasion occasion, BestInterestNote note,
            OffsetDateTime now) {
        write(user, head, Action.WRITE, occasion, note, now);
    }

    /** With the action the decision itself stands on (a leader outside the case appoints a coordinator on READ). */
    public void write(SignedInUser user, CaseRepository.Head head, Action action, Occasion occasion, BestInterestNote note,
            OffsetDateTime now) {
        notes.write(user, source(head.id()), action, occasion, List.of(head.childId()), note, now);
    }

    /** The relay log as a PDF as it reads now, read while the user's grants still stand: what the archive keeps. */
    public byte[] relayLogAsItReads(SignedInUser user, long caseId, Child child) {
        return relayLogPdf.render(repository.find(caseId).orElseThrow(), child, read(user, caseId));
    }

    private static BestInterestNotes.Source source(long caseId) {
        return new BestInterestNotes.Source(Cases.SOURCE, caseId, InformationCategory.RELAY_LOG);
    }
}
