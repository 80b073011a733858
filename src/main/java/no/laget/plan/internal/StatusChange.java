package no.laget.plan.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One status update in an action's history; {@code recordedBy} is the employee's name, empty for imported plans. */
public record StatusChange(ActionStatus status, String comment, LocalDate date, String recordedBy,
        OffsetDateTime recordedAt) {}
