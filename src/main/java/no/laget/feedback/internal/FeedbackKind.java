package no.laget.feedback.internal;

import java.util.Arrays;
import java.util.Optional;

/** What the feedback is about. Labels in messages-feedback.properties under {@code feedback.kind.NAME}. */
public enum FeedbackKind {
    MEETING, MEASURE;

    public String labelKey() {
        return "feedback.kind." + name();
    }

    public static Optional<FeedbackKind> parse(String value) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(value)).findFirst();
    }
}
