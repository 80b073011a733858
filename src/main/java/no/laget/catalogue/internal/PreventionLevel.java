package no.laget.catalogue.internal;

import java.util.Arrays;
import java.util.Optional;

/** The step on the "tiltakstrappa": for everyone, for groups at risk, or for those who already struggle. */
public enum PreventionLevel {
    UNIVERSAL, SELECTIVE, INDICATED;

    public String labelKey() {
        return "measure.level." + name();
    }

    public String hintKey() {
        return "measure.level." + name() + ".hint";
    }

    public static Optional<PreventionLevel> parse(String value) {
        return Arrays.stream(values()).filter(level -> level.name().equals(value)).findFirst();
    }
}
