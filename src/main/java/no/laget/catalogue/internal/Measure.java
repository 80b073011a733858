package no.laget.catalogue.internal;

import java.util.List;

/**
 * A measure or activity in the catalogue. {@code providerUnitId} is set when one of the municipality's units
 * gives it; {@code providerName} is then that unit's name, otherwise the outside organisation's.
 */
public record Measure(
        long id,
        String name,
        String description,
        Long providerUnitId,
        String providerName,
        PreventionLevel level,
        int ageFrom,
        int ageTo,
        List<Topic> topics,
        boolean free,
        AccessRoute access,
        String contact,
        String accessibility,
        boolean active) {

    public boolean providedByUnit() {
        return providerUnitId != null;
    }
}
