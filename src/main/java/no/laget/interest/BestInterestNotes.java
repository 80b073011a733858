package no.laget.interest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.interest.internal.NoteRepository;
import no.laget.platform.security.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads best-interest notes. The calling module has already applied its own rule (taking part in the case,
 * being the reporter or the receiving intake) and names the information category and action its data is guarded
 * by; each note is still decided by the door per child and logged with object {@code best_interest_note}, like the
 * rest of the child's data. A refusal throws, so a write rolls back with the decision it belongs to.
 */
@Service
public class BestInterestNotes {

    public static final String OBJECT = "best_interest_note";

    /** One decision's note as shown: the children it concerns, who wrote it, when. */
    public record Written(Occasion occasion, List<Long> childIds, BestInterestNote note, String writtenByName,
            OffsetDateTime writtenAt) {

        @Override
        public String toString() {
            return "Written[" + occasion + "]";
        }
    }

    /** Where a note belongs and how the door guards it. */
    public record Source(String type, long id, InformationCategory category) {}

    private final NoteRepository repository;
    private final AccessDoor door;

    BestInterestNotes(NoteRepository repository, AccessDoor door) {
        this.repository = repository;
        this.door = door;
    }

    /** The same note for each child the decision concerns; the door decides each write (action WRITE or REPORT). */
    @Transactional
    public void write(SignedInUser user, Source source, Action action, Occasion occasion, Collection<Long> childIds,
            BestInterestNote note, OffsetDateTime at) {
        for (long childId : childIds) {
            long id = repository.insert(childId, occasion, source.type(), source.id(), note, user.employeeId(), at);
            door.require(user, childId, source.category(), action, AccessedObject.of(OBJECT, id));
        }
    }

    /**
     * One child's notes of several sources of one type (a child's cases), oldest first, by source id, each note as
     * written for this child only; one statement whatever the number of notes. Nothing here asks the employees' door:
     * <b>the caller has decided access through {@link no.laget.access.FamilyDoor}</b> for this child and the category
     * of the sources, and logged it there. Never call this for an employee.
     */
    public Map<Long, List<Written>> forFamily(String sourceType, Collection<Long> sourceIds, long childId) {
        Map<Long, List<Written>> bySource = new LinkedHashMap<>();
        for (NoteRepository.SourcedRow sourced : repository.forSourcesOfChild(sourceType, sourceIds, childId)) {
            NoteRepository.Row row = sourced.row();
            bySource.computeIfAbsent(sourced.sourceId(), key -> new ArrayList<>()).add(new Written(row.occasion(),
                    List.of(row.childId()), row.note(), row.writtenByName(), row.writtenAt()));
        }
        return bySource;
    }

    /**
     * The notes of one source, oldest first, for the given occasions only (a reporter reads the note of the report,
     * never child welfare's). Every child's read is decided and logged by the door.
     */
    public List<Written> read(SignedInUser user, Source source, Action action, Set<Occasion> occasions) {
        List<NoteRepository.Row> rows = repository.forSource(source.type(), source.id()).stream()
                .filter(row -> occasions.contains(row.occasion())).toList();
        Map<String, List<NoteRepository.Row>> decisions = new LinkedHashMap<>();
        for (NoteRepository.Row row : rows) {
            door.require(user, row.childId(), source.category(), action, AccessedObject.of(OBJECT, row.id()));
            decisions.computeIfAbsent(row.occasion() + "/" + row.writtenAt().toInstant() + "/" + row.writtenByName(),
                    key -> new ArrayList<>()).add(row);
        }
        return decisions.values().stream().map(group -> new Written(group.getFirst().occasion(),
                group.stream().map(NoteRepository.Row::childId).toList(), group.getFirst().note(),
                group.getFirst().writtenByName(), group.getFirst().writtenAt())).toList();
    }
}
