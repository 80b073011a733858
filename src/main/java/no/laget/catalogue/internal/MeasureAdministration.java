package no.laget.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.laget.organisation.Organisation;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Municipal staff create, change and deactivate measures. Measures are deactivated, never deleted. */
@Service
public class MeasureAdministration {

    private static final Logger log = LoggerFactory.getLogger(MeasureAdministration.class);

    private final MeasureRepository repository;
    private final Measures measures;
    private final Organisation organisation;

    MeasureAdministration(MeasureRepository repository, Measures measures, Organisation organisation) {
        this.repository = repository;
        this.measures = measures;
        this.organisation = organisation;
    }

    @Transactional
    public Measure create(MeasureForm form) {
        long id = repository.insert(check(form));
        log.info("Measure {} created", id);
        return get(id);
    }

    @Transactional
    public Measure change(long id, MeasureForm form) {
        get(id);
        repository.update(id, check(form));
        log.info("Measure {} changed", id);
        return get(id);
    }

    @Transactional
    public Measure setActive(long id, boolean active) {
        get(id);
        repository.setActive(id, active);
        log.info("Measure {} {}", id, active ? "activated" : "deactivated");
        return get(id);
    }

    public Measure get(long id) {
        return measures.find(id).orElseThrow(() -> new NotFoundException("measure"));
    }

    /** Ids of the units a measure may name as its provider; asked once per form or import. */
    Set<Long> knownUnitIds() {
        return organisation.unitsById().keySet();
    }

    private MeasureData check(MeasureForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        return MeasureRules.check(form, knownUnitIds(), problems)
                .orElseThrow(() -> new InvalidInputException(problems));
    }
}
