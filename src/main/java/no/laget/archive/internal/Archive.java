package no.laget.archive.internal;

import no.laget.archive.ArchivedRecord;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.laget.access.AccessDoor;
import no.laget.access.AccessRefusedException;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Decision;
import no.laget.access.InformationCategory;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.TextCharacters;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's face: a child's archived records in time order, a record's stored document byte for byte, and a
 * correction (a new record that names the one it corrects; the old one stays as it was). Everything passes the access
 * door as a read (or, for a correction, a write) of the category the record's class names; a record the caller may
 * not see is answered exactly like one that does not exist.
 */
@Service
public class Archive {

    private final ArchiveRepository repository;
    private final Recorder recorder;
    private final AccessDoor door;
    private final Clock clock;

    Archive(ArchiveRepository repository, Recorder recorder, AccessDoor door, Clock clock) {
        this.repository = repository;
        this.recorder = recorder;
        this.door = door;
        this.clock = clock;
    }

    /**
     * The child's records the caller may read, oldest first. The door is asked for the child's basic data (the page
     * itself) and for each category the records need, in one logged decision each; a record of a refused category is
     * left out, and a refused child is refused whole.
     */
    @Transactional(readOnly = true)
    public List<ArchivedRecord> forChild(SignedInUser user, long childId) {
        List<ArchivedRecord> all = repository.forChild(childId);
        Set<InformationCategory> asked = EnumSet.of(InformationCategory.BASIC);
        all.forEach(r -> asked.add(InformationCategory.valueOf(r.category())));
        Map<InformationCategory, Decision> decisions = door.decideEach(user, childId, asked, Action.READ,
                AccessedObject.of("archive", childId));
        Decision basic = decisions.get(InformationCategory.BASIC);
        if (!basic.allowed()) {
            throw new AccessRefusedException(basic.reason());
        }
        List<ArchivedRecord> visible = new ArrayList<>();
        for (ArchivedRecord r : all) {
            if (decisions.get(InformationCategory.valueOf(r.category())).allowed()) {
                visible.add(r);
            }
        }
        return visible;
    }

    /** The stored document exactly as archived. A missing record is refused like one the caller may not read. */
    @Transactional(readOnly = true)
    public StoredDocument document(SignedInUser user, long recordId) {
        ArchiveRepository.Head head = repository.head(recordId).orElseThrow(() -> door.unknown(user));
        require(user, head, Action.READ);
        ArchivedRecord record = repository.find(recordId).orElseThrow();
        return new StoredDocument(recordId, "arkiv-" + record.journalNumber().replace('/', '-') + ".pdf",
                repository.content(recordId), record.sha256());
    }

    /**
     * A correction: a new record in the same case file, class and screening, with the corrected document and the
     * reason, that refers to the record it corrects. The old record and its document stay exactly as they were.
     */
    @Transactional
    public long correct(SignedInUser user, long recordId, String reason, byte[] correctedPdf) {
        ArchiveRepository.Head head = repository.head(recordId).orElseThrow(() -> door.unknown(user));
        require(user, head, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "reason", reason, 2000, "archive.correction.reason");
        if (reason != null && !TextCharacters.acceptable(reason)) {
            problems.add(new FieldProblem("reason", "archive.correction.reason.characters"));
        }
        if (correctedPdf == null || correctedPdf.length == 0) {
            problems.add(new FieldProblem("document", "archive.correction.document.required"));
        } else if (!isPdf(correctedPdf)) {
            problems.add(new FieldProblem("document", "archive.correction.document.not-pdf"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NewRecord old = repository.asNew(recordId).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        NewRecord correction = new NewRecord(old.kind(), old.fileKey(), old.childId(), old.fileTitle(),
                "Korrigering: " + old.title(), Set.of(), old.recordType(), old.documentType(), old.counterpartType(),
                old.counterpartName(), user.unitId(), user.employeeId(), now,
                now.atZoneSameInstant(Oslo.ZONE).toLocalDate(), correctedPdf, recordId, reason.trim());
        return recorder.record(correction, "Korrigering: " + repository.publicTitle(recordId),
                repository.readerUnits(recordId));
    }

    /**
     * The record a correction page would correct, for a caller who may write its category (the door decides and logs);
     * a missing record, or one of no child (corrected through {@link #correct} by its units only), is refused like a
     * forbidden one.
     */
    @Transactional(readOnly = true)
    public ArchivedRecord toCorrect(SignedInUser user, long recordId) {
        ArchiveRepository.Head head = repository.head(recordId).orElseThrow(() -> door.unknown(user));
        if (head.childId() == null) {
            throw door.unknown(user);
        }
        require(user, head, Action.WRITE);
        return repository.find(recordId).orElseThrow();
    }

    private static boolean isPdf(byte[] bytes) {
        byte[] magic = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return bytes.length > magic.length && java.util.Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * The archived records of a cooperation agreement (records of no child) that the user's unit may read, oldest
     * first: the agreement's parties when each was archived. Anyone else gets an empty list.
     */
    @Transactional(readOnly = true)
    public List<ArchivedRecord> forAgreement(SignedInUser user, long agreementId) {
        return repository.forUnitInFile("agreement:" + agreementId, user.unitId());
    }

    /**
     * A child's record passes the door for its class's category; a record of no child is read (and corrected) by
     * employees of the units it names, and refused to anyone else exactly like a missing record.
     */
    private void require(SignedInUser user, ArchiveRepository.Head head, Action action) {
        if (head.childId() == null) {
            if (!repository.readerUnits(head.id()).contains(user.unitId())) {
                throw door.unknown(user);
            }
            return;
        }
        door.require(user, head.childId(), InformationCategory.valueOf(head.category()), action,
                AccessedObject.of("archive_record", head.id()));
    }
}
