package no.laget.consent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.laget.access.InformationCategory;
import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.validation.FieldProblem;

/**
 * What a consent (or a request for one) covers, read from a form: the categories and the receivers, each pair a grant.
 * One reading for a consent recorded by staff and a consent asked of the family, so both refuse the same input alike.
 */
final class ConsentChoices {

    private ConsentChoices() {}

    /** One category to one receiver: a named unit or every unit of a type. */
    record Pair(InformationCategory category, Long unitId, String unitType) {}

    /** The chosen categories, or those read before an unknown one (with its problem). */
    static Set<InformationCategory> categories(List<String> values, List<FieldProblem> problems) {
        Set<InformationCategory> categories = new LinkedHashSet<>();
        for (String value : values) {
            Optional<InformationCategory> category = InformationCategory.parse(value);
            if (category.isEmpty()) {
                problems.add(new FieldProblem("categories", "consent.categories.unknown"));
                return categories;
            }
            categories.add(category.get());
        }
        if (categories.isEmpty()) {
            problems.add(new FieldProblem("categories", "consent.categories.required"));
        }
        return categories;
    }

    /** Every category to every chosen receiver; none when a receiver is unknown or inactive (with its problem). */
    static List<Pair> pairs(Set<InformationCategory> categories, List<String> unitValues, List<String> typeValues,
            Map<Long, Unit> units, List<FieldProblem> problems) {
        List<Long> unitIds = new ArrayList<>();
        for (String value : unitValues) {
            Long id = number(value);
            Unit unit = id == null ? null : units.get(id);
            if (unit == null || !unit.active()) {
                problems.add(new FieldProblem("receiverUnitIds", "consent.receiverUnitIds.unknown"));
                return List.of();
            }
            unitIds.add(id);
        }
        List<String> types = new ArrayList<>();
        for (String value : typeValues) {
            if (UnitType.parse(value).isEmpty()) {
                problems.add(new FieldProblem("receiverUnitTypes", "consent.receiverUnitTypes.unknown"));
                return List.of();
            }
            types.add(value);
        }
        if (unitIds.isEmpty() && types.isEmpty()) {
            problems.add(new FieldProblem("receiverUnitIds", "consent.receivers.required"));
        }
        List<Pair> pairs = new ArrayList<>();
        for (InformationCategory category : categories) {
            unitIds.stream().distinct().forEach(unit -> pairs.add(new Pair(category, unit, null)));
            types.stream().distinct().forEach(type -> pairs.add(new Pair(category, null, type)));
        }
        return pairs;
    }

    static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
