package no.laget.consent;

import java.util.List;

/**
 * A family member's answer to a consent request: ALL (yes to everything asked), PART (yes to the chosen categories for
 * the chosen receivers; a receiver is {@code unit:<id>} or {@code type:<UNIT_TYPE>}) or REFUSE, with an optional word to
 * the service. Checked by {@link ConsentRequests#answer}.
 */
public record ConsentAnswerForm(String answer, List<String> categories, List<String> receivers, String comment) {

    public ConsentAnswerForm {
        categories = categories == null ? List.of() : List.copyOf(categories);
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
    }
}
