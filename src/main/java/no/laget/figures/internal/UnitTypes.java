package no.laget.figures.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import no.laget.organisation.UnitType;

/** The unit types that have counts, in the enum's order, so the rows read the same every year. */
final class UnitTypes {

    private UnitTypes() {}

    static List<UnitType> present(Collection<String> names) {
        return Arrays.stream(UnitType.values()).filter(type -> names.contains(type.name())).toList();
    }
}
