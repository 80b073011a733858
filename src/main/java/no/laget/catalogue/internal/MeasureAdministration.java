package no.laget.catalogue.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
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

    /**
     * A new measure from a signed-in user: a provider unit must be one of the user's own municipality, the ones the
     * form offers (the catalogue itself is shared, but a municipality describes its own services).
     */
    @Transactional
    public Measure create(SignedInUser user, MeasureForm form) {
        long id = repository.insert(check(form, unitIdsOfMunicipalityOf(user, null)));
        log.info("Measure {} created by employee {}", id, user.employeeId());
        return get(id);
    }

    /** A change from a signed-in user: a unit of the user's own municipality, or the provider the measure has. */
    @Transactional
    public Measure change(SignedInUser user, long id, MeasureForm form) {
        Measure existing = get(id);
        repository.update(id, check(form, unitIdsOfMunicipalityOf(user,
                existing.providedByUnit() ? existing.providerUnitId() : null)));
        log.info("Measure {} changed by employee {}", id, user.employeeId());
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

    private Set<Long> unitIdsOfMunicipalityOf(SignedInUser user, Long currentProvider) {
        Set<Long> ids = organisation.unitsInMunicipalityOf(user.unitId()).stream().map(Unit::id)
                .collect(Collectors.toCollection(HashSet::new));
        if (currentProvider != null) {
            ids.add(currentProvider);
        }
        return ids;
    }

    private MeasureData check(MeasureForm form) {
        return check(form, knownUnitIds());
    }

    private static MeasureData check(MeasureForm form, Set<Long> unitIds) {
        List<FieldProblem> problems = new ArrayList<>();
        return MeasureRules.check(form, unitIds, problems)
                .orElseThrow(() -> new InvalidInputException(problems));
    }
}
