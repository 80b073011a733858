package no.laget.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of information a piece of child data is. Consent grants and the door speak in these.
 * Which unit types produce which categories is data (table unit_type_category), read by the access rule.
 */
public enum InformationCategory {
    BASIC, RELAY_LOG, HEALTH, EDUCATION, PPT, CHILD_WELFARE, NAV;

    public String labelKey() {
        return "category." + name();
    }

    public static Optional<InformationCategory> parse(String value) {
        return Arrays.stream(values()).filter(category -> category.name().equals(value)).findFirst();
    }
}
