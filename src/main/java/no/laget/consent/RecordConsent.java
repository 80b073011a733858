package no.laget.consent;

import java.time.LocalDate;
import java.util.List;

import no.laget.access.InformationCategory;
import no.laget.organisation.UnitType;

/**
 * A consent (or a refusal) as an employee records it: who gave it (the guardians named, or the young person, or child
 * welfare), how, the child's view, the purpose, which categories to which receivers (named units or every unit of a
 * type; each category to each receiver is a grant) and the period, both ends inclusive. Read from the page's form or
 * the API's JSON; {@link Consents#record} checks what needs the register (the guardians, the child's age and care,
 * that the units exist and are active).
 */
public record RecordConsent(GivenBy givenBy, List<Long> guardianIds, HowGiven howGiven, String childView,
        String purpose, List<InformationCategory> categories, List<Long> receiverUnitIds,
        List<UnitType> receiverUnitTypes, LocalDate validFrom, LocalDate validTo, boolean refused) {

    public RecordConsent {
        guardianIds = guardianIds == null ? List.of() : List.copyOf(guardianIds);
        categories = categories == null ? List.of() : categories.stream().distinct().toList();
        receiverUnitIds = receiverUnitIds == null ? List.of() : List.copyOf(receiverUnitIds);
        receiverUnitTypes = receiverUnitTypes == null ? List.of() : List.copyOf(receiverUnitTypes);
    }
}
