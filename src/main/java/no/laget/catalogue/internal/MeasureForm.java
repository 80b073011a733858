package no.laget.catalogue.internal;

import java.util.List;

/**
 * What municipal staff type about a measure, on the page, in the API or in a CSV row. Everything is text
 * so that a letter in an age is a field message, not a binding failure. Checked by {@link MeasureRules}.
 */
public record MeasureForm(
        String name,
        String description,
        String providerUnitId,
        String providerName,
        String level,
        String ageFrom,
        String ageTo,
        List<String> topics,
        String free,
        String access,
        String contact,
        String accessibility,
        Boolean active) {

    static MeasureForm empty() {
        return new MeasureForm("", "", "", "", "", "", "", List.of(), "", "", "", "", true);
    }
}
