package no.laget.consent;

import java.util.List;

/**
 * What an employee types when recording a consent or a refusal. Ids and dates arrive as typed and are
 * checked by {@link no.laget.consent.Consents}.
 */
public record ConsentForm(String givenBy, List<String> guardianIds, String howGiven, String childView, String purpose,
        List<String> categories, List<String> receiverUnitIds, List<String> receiverUnitTypes, String validFrom,
        String validTo, String refused) {

    public ConsentForm {
        guardianIds = guardianIds == null ? List.of() : List.copyOf(guardianIds);
        categories = categories == null ? List.of() : List.copyOf(categories);
        receiverUnitIds = receiverUnitIds == null ? List.of() : List.copyOf(receiverUnitIds);
        receiverUnitTypes = receiverUnitTypes == null ? List.of() : List.copyOf(receiverUnitTypes);
    }

    public boolean isRefusal() {
        return "true".equals(refused);
    }
}
