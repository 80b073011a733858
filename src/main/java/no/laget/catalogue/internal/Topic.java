package no.laget.catalogue.internal;

import java.util.Arrays;
import java.util.Optional;

/** What a measure is about. A fixed set, so the public page can offer them as filters. */
public enum Topic {
    PARENTING, MENTAL_HEALTH, SUBSTANCE_USE, LEISURE, SCHOOL, LANGUAGE, HEALTH, ECONOMY, VIOLENCE, FAMILY;

    public String labelKey() {
        return "measure.topic." + name();
    }

    public static Optional<Topic> parse(String value) {
        return Arrays.stream(values()).filter(topic -> topic.name().equals(value)).findFirst();
    }
}
