package no.laget.organisation;

import java.util.Arrays;
import java.util.Optional;

/** What kind of service a unit is. The label is in messages.properties under {@code unit.type.NAME}. */
public enum UnitType {
    HEALTH_STATION, KINDERGARTEN, SCHOOL, AFTER_SCHOOL, PPT, CHILD_WELFARE, NAV, BUP, FAMILY_CENTRE, OTHER;

    public String labelKey() {
        return "unit.type." + name();
    }

    public static Optional<UnitType> parse(String value) {
        return Arrays.stream(values()).filter(type -> type.name().equals(value)).findFirst();
    }
}
