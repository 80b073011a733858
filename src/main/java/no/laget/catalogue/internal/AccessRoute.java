package no.laget.catalogue.internal;

import java.util.Arrays;
import java.util.Optional;

/** How to get a measure: ask for it yourself, or be referred by a service (a doctor, the school, ...). */
public enum AccessRoute {
    SELF_REFERRAL, REFERRAL;

    public String labelKey() {
        return "measure.access." + name();
    }

    public static Optional<AccessRoute> parse(String value) {
        return Arrays.stream(values()).filter(route -> route.name().equals(value)).findFirst();
    }
}
