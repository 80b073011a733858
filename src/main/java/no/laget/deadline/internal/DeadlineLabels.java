package no.laget.deadline.internal;

import java.util.Locale;

import no.laget.mywork.DeadlineState;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words for a deadline on screen and in the API: its kind's label, its state, its date as Dates.day writes it. */
@Component
class DeadlineLabels {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;

    DeadlineLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The owning module's label under {@code deadline.kind.<KIND>}, or a generic one if it has none. */
    String kind(String kind) {
        return messages.getMessage("deadline.kind." + kind, null,
                messages.getMessage("deadline.kind.generic", null, BOKMAAL), BOKMAAL);
    }

    String state(DeadlineState state) {
        return messages.getMessage(state.labelKey(), null, BOKMAAL);
    }

    String hiddenChild() {
        return messages.getMessage("deadline.child.hidden", null, BOKMAAL);
    }

    String child(MyDeadline deadline) {
        if (deadline.childHidden()) {
            return hiddenChild();
        }
        return deadline.childName();
    }

    static String color(DeadlineState state) {
        return switch (state) {
            case OVERDUE -> "danger";
            case DUE, WARNED -> "warning";
            case UPCOMING -> "info";
            case DONE -> "success";
        };
    }
}
