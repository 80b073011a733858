package no.laget.consent;

import java.util.List;

/**
 * What an employee types when the unit asks the family for consent in Laget (issue 12): who must answer (GUARDIANS or
 * YOUNG_PERSON), why, which categories to which receivers, and the period. Checked by {@link ConsentRequests}.
 */
public record ConsentRequestForm(String givenBy, String purpose, List<String> categories, List<String> receiverUnitIds,
        List<String> receiverUnitTypes, String validFrom, String validTo) {

    public ConsentRequestForm {
        categories = categories == null ? List.of() : List.copyOf(categories);
        receiverUnitIds = receiverUnitIds == null ? List.of() : List.copyOf(receiverUnitIds);
        receiverUnitTypes = receiverUnitTypes == null ? List.of() : List.copyOf(receiverUnitTypes);
    }
}
