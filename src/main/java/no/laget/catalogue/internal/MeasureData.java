package no.laget.catalogue.internal;

import java.util.List;


/** A measure that has passed {@link MeasureRules}: ready to store. */
record MeasureData(String name, String description, Long providerUnitId, String providerName, PreventionLevel level,
        int ageFrom, int ageTo, List<Topic> topics, boolean free, AccessRoute access, String contact,
        String accessibility, boolean active) {}
