package no.laget.catalogue.internal;

import java.util.List;

import no.laget.catalogue.AccessRoute;
import no.laget.catalogue.PreventionLevel;
import no.laget.catalogue.Topic;

/** A measure that has passed {@link MeasureRules}: ready to store. */
record MeasureData(String name, String description, Long providerUnitId, String providerName, PreventionLevel level,
        int ageFrom, int ageTo, List<Topic> topics, boolean free, AccessRoute access, String contact,
        String accessibility, boolean active) {}
