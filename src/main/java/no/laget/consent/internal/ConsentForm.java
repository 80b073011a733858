package no.laget.consent.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.access.InformationCategory;
import no.laget.consent.GivenBy;
import no.laget.consent.HowGiven;
import no.laget.consent.RecordConsent;
import no.laget.platform.validation.FieldProblems;

/**
 * What an employee types when recording a consent or a refusal, exactly as typed (so the page can show it again).
 * {@link #toCommand} reads it into a {@link RecordConsent}, with every problem of the form at once, in the order the
 * fields stand on the page.
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

    public RecordConsent toCommand() {
        FieldProblems problems = new FieldProblems();
        GivenBy by = problems.choice("givenBy", givenBy, GivenBy.class, "consent.givenBy");
        List<Long> guardians = new ArrayList<>();
        for (String value : guardianIds) {
            Optional<Long> id = FieldProblems.parseNumber(value);
            if (id.isEmpty()) {
                problems.add("guardianIds", "consent.guardianIds.no-responsibility");
                break;
            }
            guardians.add(id.get());
        }
        HowGiven how = problems.choice("howGiven", howGiven, HowGiven.class, "consent.howGiven");
        String view = problems.optionalText("childView", childView, 2000, "consent.childView");
        String why = problems.text("purpose", purpose, 500, "consent.purpose");
        List<InformationCategory> chosen = ConsentReading.categories(problems, categories);
        ConsentReading.Receivers receivers = ConsentReading.receivers(problems, receiverUnitIds, receiverUnitTypes);
        LocalDate from = problems.date("validFrom", validFrom, "consent.validFrom");
        LocalDate to = problems.date("validTo", validTo, "consent.validTo");
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("validTo", "consent.validTo.before-start");
        }
        return problems.command(() -> new RecordConsent(by, guardians, how, view, why, chosen, receivers.unitIds(),
                receivers.types(), from, to, isRefusal()));
    }
}
