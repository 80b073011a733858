package no.laget.plan.internal;

import java.util.Arrays;
import java.util.Optional;

/** Where an action stands. The bokmål label is in messages-plan.properties under {@code plan.status.NAME}. */
public enum ActionStatus {
    NOT_STARTED, ONGOING, DONE, DELAYED, CANCELLED;

    public String labelKey() {
        return "plan.status." + name();
    }

    /** Done and cancelled actions are finished: they can no longer be overdue. */
    public boolean finished() {
        return this == DONE || this == CANCELLED;
    }

    public static Optional<ActionStatus> parse(String value) {
        return Arrays.stream(values()).filter(status -> status.name().equals(value)).findFirst();
    }
}
