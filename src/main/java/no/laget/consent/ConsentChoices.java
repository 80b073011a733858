package no.laget.consent;

import java.util.List;
import java.util.Map;

import no.laget.access.InformationCategory;
import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.validation.FieldProblem;

/**
 * What a consent (or a request for one) covers: every category to every receiver, each pair a grant. One check for a
 * consent recorded by staff and a consent asked of the family, so both refuse the same units alike.
 */
final class ConsentChoices {

    private ConsentChoices() {}

    /** One category to one receiver: a named unit or every unit of a type. */
    record Pair(InformationCategory category, Long unitId, String unitType) {}

    /** Every category to every chosen receiver; none when a receiver is unknown or inactive (with its problem). */
    static List<Pair> pairs(List<InformationCategory> categories, List<Long> unitIds, List<UnitType> types,
            Map<Long, Unit> units, List<FieldProblem> problems) {
        for (long id : unitIds) {
            Unit unit = units.get(id);
            if (unit == null || !unit.active()) {
                problems.add(new FieldProblem("receiverUnitIds", "consent.receiverUnitIds.unknown"));
                return List.of();
            }
        }
        if (categories.isEmpty()) {
            problems.add(new FieldProblem("categories", "consent.categories.required"));
        }
        if (unitIds.isEmpty() && types.isEmpty()) {
            problems.add(new FieldProblem("receiverUnitIds", "consent.receivers.required"));
        }
        return categories.stream().distinct().<Pair>mapMulti((category, pairs) -> {
            unitIds.stream().distinct().forEach(unit -> pairs.accept(new Pair(category, unit, null)));
            types.stream().distinct().forEach(type -> pairs.accept(new Pair(category, null, type.name())));
        }).toList();
    }
}
