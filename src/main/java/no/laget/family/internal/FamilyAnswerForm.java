package no.laget.family.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.access.InformationCategory;
import no.laget.consent.AnswerConsentRequest;
import no.laget.platform.validation.FieldProblems;

/**
 * A family member's answer to a consent request as typed on the family's page: ALL, PART (with the chosen categories
 * and receivers) or REFUSE, and an optional word to the service.
 */
record FamilyAnswerForm(String answer, List<String> categories, List<String> receivers, String comment) {

    FamilyAnswerForm {
        categories = categories == null ? List.of() : List.copyOf(categories);
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
    }

    AnswerConsentRequest toCommand() {
        FieldProblems problems = new FieldProblems();
        String word = problems.optionalText("comment", comment, 1000, "family.consent.comment");
        AnswerConsentRequest.Answer chosen = problems.choice("answer", answer, AnswerConsentRequest.Answer.class,
                "family.consent.answer");
        List<InformationCategory> chosenCategories = new ArrayList<>();
        if (chosen == AnswerConsentRequest.Answer.PART) {
            for (String value : categories) {
                Optional<InformationCategory> category = InformationCategory.parse(value);
                if (category.isEmpty()) {
                    problems.add("categories", "family.consent.categories.unknown");
                    break;
                }
                chosenCategories.add(category.get());
            }
        }
        return problems.command(() -> new AnswerConsentRequest(chosen, chosenCategories, receivers, word));
    }
}
