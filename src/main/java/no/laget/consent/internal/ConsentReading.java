package no.laget.consent.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.laget.access.InformationCategory;
import no.laget.organisation.UnitType;
import no.laget.platform.validation.FieldProblems;

/**
 * What a consent (or a request for one) covers, read from a form's Strings: the categories and the receivers. One
 * reading for a consent recorded by staff and a consent asked of the family, so both refuse the same input alike.
 * The message keys are the ones the services used before they took typed commands.
 */
final class ConsentReading {

    private ConsentReading() {}

    /** The chosen categories; a problem for the first unknown one, or when none is chosen. */
    static List<InformationCategory> categories(FieldProblems problems, List<String> values) {
        Set<InformationCategory> categories = new LinkedHashSet<>();
        for (String value : values) {
            Optional<InformationCategory> category = InformationCategory.parse(value);
            if (category.isEmpty()) {
                return problems.add("categories", "consent.categories.unknown");
            }
            categories.add(category.get());
        }
        return categories.isEmpty() ? problems.add("categories", "consent.categories.required") : List.copyOf(categories);
    }

    /** The receiving units and unit types; a problem for the first that is not one, or when none is chosen. */
    static Receivers receivers(FieldProblems problems, List<String> unitValues, List<String> typeValues) {
        List<Long> unitIds = new ArrayList<>();
        for (String value : unitValues) {
            Optional<Long> id = FieldProblems.parseNumber(value);
            if (id.isEmpty()) {
                return problems.add("receiverUnitIds", "consent.receiverUnitIds.unknown");
            }
            unitIds.add(id.get());
        }
        List<UnitType> types = new ArrayList<>();
        for (String value : typeValues) {
            Optional<UnitType> type = UnitType.parse(value);
            if (type.isEmpty()) {
                return problems.add("receiverUnitTypes", "consent.receiverUnitTypes.unknown");
            }
            types.add(type.get());
        }
        if (unitIds.isEmpty() && types.isEmpty()) {
            return problems.add("receiverUnitIds", "consent.receivers.required");
        }
        return new Receivers(unitIds, types);
    }

    record Receivers(List<Long> unitIds, List<UnitType> types) {}
}
