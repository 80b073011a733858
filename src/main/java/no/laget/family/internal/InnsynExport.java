package no.laget.family.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import no.laget.access.AccessLogReader;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.FamilyChild;
import no.laget.access.FamilyDoor;
import no.laget.access.InformationCategory;
import no.laget.archive.ArchiveForFamily;
import no.laget.casework.CasesForFamily;
import no.laget.casework.ConcernsForFamily;
import no.laget.child.ChildrenForFamily;
import no.laget.child.Guardian;
import no.laget.consent.ConsentsForFamily;
import no.laget.interest.NotesForFamily;
import no.laget.platform.security.FamilyMember;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything for the family's download (docs/decisions.md "Innsyn for the family"), at once: the family's door
 * decides each category the download reads (BASIC: the child, guardians, services, consents and consent requests,
 * the access log, the archive list; RELAY_LOG: the level-0 concerns the family may read, the relay cases, their best-interest notes), each decision logged with the family member as
 * actor, and a refusal refuses the whole download. Child welfare's own category is never read: the download says that
 * child welfare answers innsyn for its records.
 */
@Service
class InnsynExport {

    private final FamilyDoor door;
    private final ChildrenForFamily children;
    private final ConsentsForFamily consents;
    private final CasesForFamily cases;
    private final ConcernsForFamily concerns;
    private final NotesForFamily notes;
    private final AccessLogReader accessLog;
    private final ArchiveForFamily archive;
    private final Clock clock;

    InnsynExport(FamilyDoor door, ChildrenForFamily children, ConsentsForFamily consents, CasesForFamily cases,
            ConcernsForFamily concerns, NotesForFamily notes, AccessLogReader accessLog, ArchiveForFamily archive, Clock clock) {
        this.door = door;
        this.children = children;
        this.consents = consents;
        this.cases = cases;
        this.concerns = concerns;
        this.notes = notes;
        this.accessLog = accessLog;
        this.archive = archive;
        this.clock = clock;
    }

    /** @param format "pdf" or "json", named in the access log's object type */
    @Transactional(readOnly = true)
    public Innsyn collect(FamilyMember member, long childId, String format) {
        AccessedObject object = AccessedObject.of("family-innsyn-" + format, childId);
        FamilyChild child = door.require(member, childId, InformationCategory.BASIC, Action.READ, object);
        door.require(member, childId, InformationCategory.RELAY_LOG, Action.READ, object);
        ChildrenForFamily.Record record = children.record(childId, member.identityNumber()).orElseThrow();
        Map<Long, String> guardianNames = new LinkedHashMap<>();
        for (Guardian guardian : record.guardians()) {
            guardianNames.put(guardian.id(), guardian.name());
        }
        return new Innsyn(child, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), record, consents.ofChild(child),
                consents.requestsOf(child), guardianNames, concerns.ofChild(childId), cases.ofChild(childId),
                cases.plansOfChild(childId), notes.ofChild(childId),
                SeenWords.lines(accessLog.allForFamily(childId), member), archive.recordsOfChild(childId));
    }
}
