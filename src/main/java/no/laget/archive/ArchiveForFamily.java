package no.laget.archive;

import no.laget.archive.internal.StoredDocument;

import java.util.List;
import java.util.Optional;

import no.laget.archive.internal.ArchiveRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of a child's archived records (not the documents), oldest first, in one statement, for the family's own
 * download (innsyn). Records of class CHILD_WELFARE (reports of concern and letters to reporters) stay out: child
 * welfare answers innsyn for its own records. <strong>Reads without an employee: the caller has decided access through
 * {@code access.FamilyDoor}</strong> (categories BASIC and RELAY_LOG).
 */
@Service
@Transactional(readOnly = true)
public class ArchiveForFamily {

    private final ArchiveRepository repository;

    ArchiveForFamily(ArchiveRepository repository) {
        this.repository = repository;
    }

    public List<ArchivedRecord> recordsOfChild(long childId) {
        return repository.forChild(childId).stream().filter(r -> !"CHILD_WELFARE".equals(r.category())).toList();
    }

    /**
     * A record's stored document exactly as archived, when the record is the child's and not child welfare's; empty
     * otherwise (another child's record, a record of no child, a missing one): the same answer for each.
     */
    public Optional<StoredDocument> documentOfChild(long childId, long recordId) {
        return repository.head(recordId).filter(head -> head.childId() != null && head.childId() == childId)
                .flatMap(head -> repository.find(recordId))
                .filter(record -> !"CHILD_WELFARE".equals(record.category()))
                .map(record -> new StoredDocument(recordId,
                        "arkiv-" + record.journalNumber().replace('/', '-') + ".pdf", repository.content(recordId),
                        record.sha256()));
    }
}
