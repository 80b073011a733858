package no.laget.archive.internal;

import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a record: places it in the scheme, copies the unit's and the employee's names as they are today (a later
 * renaming does not reach what was archived), and inserts it with its document. Runs inside the caller's transaction:
 * the milestone and its record are committed together or not at all.
 */
@Component
public class Recorder {

    private static final Logger log = LoggerFactory.getLogger(Recorder.class);

    private final ArchiveRepository repository;
    private final Classification classification;
    private final Organisation organisation;

    Recorder(ArchiveRepository repository, Classification classification, Organisation organisation) {
        this.repository = repository;
        this.classification = classification;
        this.organisation = organisation;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long record(NewRecord r) {
        return record(r, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long record(NewRecord r, String publicTitle) {
        return record(r, publicTitle, java.util.List.of());
    }

    /**
     * @param readerUnits for a record of no child (its class's category UNITS, childId null): the units whose
     *     employees may read it, at least one; empty for a child's record
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(NewRecord r, String publicTitle, java.util.Collection<Long> readerUnits) {
        if (r.pdf() == null || r.pdf().length == 0) {
            throw new IllegalArgumentException("An archived record needs its document");
        }
        Classification.Entry cls = classification.forKind(r.kind());
        if (cls.ofNoChild() != (r.childId() == null) || cls.ofNoChild() == readerUnits.isEmpty()) {
            throw new IllegalArgumentException("A record of kind " + r.kind() + " and class " + cls.code()
                    + " needs a child or reader units, as its class says, not both");
        }
        String unitName = organisation.unit(r.unitId()).map(Unit::name).orElse("Ukjent enhet");
        String employeeName = organisation.employee(r.employeeId()).map(Employee::displayName).orElse("Ukjent");
        // An internal document's counterpart is the unit that made it.
        NewRecord placed = r.counterpartName() == null || r.counterpartName().isBlank() ? r.withCounterpartName(unitName) : r;
        long id = repository.insert(placed, cls, unitName, employeeName, publicTitle);
        repository.insertReaderUnits(id, readerUnits);
        log.info("Archived record {} ({}, class {})", id, r.kind(), cls.code());
        return id;
    }
}
