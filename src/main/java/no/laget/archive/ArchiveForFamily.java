package no.laget.archive;

import java.util.List;

import no.laget.archive.internal.ArchiveRepository;

import org.springframework.stereotype.Service;

/**
 * The list of a child's archived records (not the documents), oldest first, in one statement, for the family's own
 * download (innsyn). Records of class CHILD_WELFARE (reports of concern and letters to reporters) stay out: child
 * welfare answers innsyn for its own records. <strong>Reads without an employee: the caller has decided access through
 * {@code access.FamilyDoor}</strong> (categories BASIC and RELAY_LOG).
 */
@Service
public class ArchiveForFamily {

    private final ArchiveRepository repository;

    ArchiveForFamily(ArchiveRepository repository) {
        this.repository = repository;
    }

    public List<ArchivedRecord> recordsOfChild(long childId) {
        return repository.forChild(childId).stream().filter(r -> !"CHILD_WELFARE".equals(r.category())).toList();
    }
}
