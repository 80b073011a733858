package no.laget.consent;

import java.util.List;

import no.laget.access.InformationCategory;

/**
 * A family member's answer to a consent request: ALL (yes to everything asked), PART (yes to the chosen categories for
 * the chosen receivers; a receiver is its key, {@code unit:<id>} or {@code type:<UNIT_TYPE>}, as
 * {@link ConsentRequest.Asked#receiverKey} gives it) or REFUSE, with an optional word to the service.
 * {@link ConsentRequests#answer} checks that what was chosen is what was asked.
 */
public record AnswerConsentRequest(Answer answer, List<InformationCategory> categories, List<String> receivers,
        String comment) {

    public enum Answer { ALL, PART, REFUSE }

    public AnswerConsentRequest {
        categories = categories == null ? List.of() : List.copyOf(categories);
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
    }
}
