package no.laget.catalogue.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;

import org.springframework.stereotype.Service;

/**
 * What anyone may read in the catalogue: the public page, the API and other modules. Two statements per
 * call whatever the number of measures: the measures, and the units that give them.
 */
@Service
public class Measures {

    private final MeasureRepository measures;
    private final Organisation organisation;

    Measures(MeasureRepository measures, Organisation organisation) {
        this.measures = measures;
        this.organisation = organisation;
    }

    public List<Measure> search(MeasureSearch search) {
        Map<Long, Unit> units = organisation.unitsById();
        List<Long> unitsMatchingText = search.text() == null || search.text().isBlank() ? List.of()
                : units.values().stream()
                        .filter(unit -> unit.name().toLowerCase(Locale.ROOT)
                                .contains(search.text().trim().toLowerCase(Locale.ROOT)))
                        .map(Unit::id).toList();
        return measures.search(search, unitsMatchingText).stream().map(measure -> named(measure, units)).toList();
    }

    /** An active measure, as the public sees it. */
    public Optional<Measure> active(long id) {
        return find(id).filter(Measure::active);
    }

    /** Any measure, also a deactivated one, for the staff who keep the catalogue. */
    public Optional<Measure> find(long id) {
        return measures.findById(id).map(measure -> named(measure, organisation.unitsById()));
    }

    private static Measure named(Measure measure, Map<Long, Unit> units) {
        if (!measure.providedByUnit()) {
            return measure;
        }
        Unit unit = units.get(measure.providerUnitId());
        return new Measure(measure.id(), measure.name(), measure.description(), measure.providerUnitId(),
                unit == null ? "" : unit.name(), measure.level(), measure.ageFrom(), measure.ageTo(), measure.topics(),
                measure.free(), measure.access(), measure.contact(), measure.accessibility(), measure.active());
    }
}
