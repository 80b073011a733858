package no.laget.consent;

import java.time.LocalDate;
import java.util.List;

import no.laget.access.InformationCategory;
import no.laget.organisation.UnitType;

/**
 * A unit asks the family for consent in Laget (issue 12): who must answer (GUARDIANS or YOUNG_PERSON), why, which
 * categories to which receivers, and the period. {@link ConsentRequests#request} checks what needs the register and
 * the clock (who may answer, that the period has not ended, that the units exist).
 */
public record RequestConsent(GivenBy givenBy, String purpose, List<InformationCategory> categories,
        List<Long> receiverUnitIds, List<UnitType> receiverUnitTypes, LocalDate validFrom, LocalDate validTo) {

    public RequestConsent {
        categories = categories == null ? List.of() : categories.stream().distinct().toList();
        receiverUnitIds = receiverUnitIds == null ? List.of() : List.copyOf(receiverUnitIds);
        receiverUnitTypes = receiverUnitTypes == null ? List.of() : List.copyOf(receiverUnitTypes);
    }
}
