package no.laget.organisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.LagetProperties;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators create and change units. Units are deactivated, never deleted. */
@Service
public class UnitAdministration {

    private static final Logger log = LoggerFactory.getLogger(UnitAdministration.class);

    private final UnitRepository units;
    private final MunicipalityRepository municipalities;
    private final LagetProperties properties;

    UnitAdministration(UnitRepository units, MunicipalityRepository municipalities, LagetProperties properties) {
        this.units = units;
        this.municipalities = municipalities;
        this.properties = properties;
    }

    @Transactional
    public Unit create(UnitForm form) {
        UnitType type = check(form, null);
        long municipalityId = municipalities.ensure(properties.municipality().number(), properties.municipality().name());
        long id;
        try {
            id = units.insert(municipalityId, form.name(), type);
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("name", "unit.name.taken");
        }
        log.info("Unit {} created", id);
        return units.findById(id).orElseThrow();
    }

    @Transactional
    public Unit change(long id, UnitForm form) {
        units.findById(id).orElseThrow(() -> new NotFoundException("unit"));
        UnitType type = check(form, id);
        try {
            units.update(id, form.name(), type, form.active() == null || form.active());
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("name", "unit.name.taken");
        }
        log.info("Unit {} changed", id);
        return units.findById(id).orElseThrow();
    }

    public Unit get(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit"));
    }

    private UnitType check(UnitForm form, Long exceptId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (FieldRules.text(problems, "name", form.name(), 120, "unit.name") && units.nameTaken(form.name(), exceptId)) {
            problems.add(new FieldProblem("name", "unit.name.taken"));
        }
        Optional<UnitType> type = Optional.empty();
        if (form.type() == null || form.type().isBlank()) {
            problems.add(new FieldProblem("type", "unit.type.required"));
        } else {
            type = UnitType.parse(form.type());
            if (type.isEmpty()) {
                problems.add(new FieldProblem("type", "unit.type.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return type.orElseThrow();
    }
}
