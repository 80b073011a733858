package no.laget.consent.internal;

import java.time.LocalDate;
import java.util.List;

import no.laget.access.InformationCategory;
import no.laget.consent.GivenBy;
import no.laget.consent.RequestConsent;
import no.laget.platform.validation.FieldProblems;

/**
 * What an employee types when the unit asks the family for consent in Laget (issue 12), exactly as typed: who must
 * answer (GUARDIANS or YOUNG_PERSON), why, which categories to which receivers, and the period. {@link #toCommand}
 * reads it into a {@link RequestConsent}; the service checks the period against today and who may answer.
 */
public record ConsentRequestForm(String givenBy, String purpose, List<String> categories, List<String> receiverUnitIds,
        List<String> receiverUnitTypes, String validFrom, String validTo) {

    public ConsentRequestForm {
        categories = categories == null ? List.of() : List.copyOf(categories);
        receiverUnitIds = receiverUnitIds == null ? List.of() : List.copyOf(receiverUnitIds);
        receiverUnitTypes = receiverUnitTypes == null ? List.of() : List.copyOf(receiverUnitTypes);
    }

    public RequestConsent toCommand() {
        FieldProblems problems = new FieldProblems();
        GivenBy by = problems.choice("givenBy", givenBy, GivenBy.class, "consent.request.givenBy");
        String why = problems.text("purpose", purpose, 500, "consent.purpose");
        List<InformationCategory> chosen = ConsentReading.categories(problems, categories);
        ConsentReading.Receivers receivers = ConsentReading.receivers(problems, receiverUnitIds, receiverUnitTypes);
        LocalDate from = problems.date("validFrom", validFrom, "consent.validFrom");
        LocalDate to = problems.date("validTo", validTo, "consent.validTo");
        return problems.command(() -> new RequestConsent(by, why, chosen, receivers.unitIds(), receivers.types(),
                from, to));
    }
}
