package no.laget.deadline.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A deadline as a person marked it: which one (kind and date, no child), how, why, by whom (employee id) and when.
 * {@code reason} is free text the marker wrote; it is shown only to those who may act on the deadline.
 */
public record DeadlineMark(long deadlineId, String kind, LocalDate dueOn, MarkAs markedAs, String reason,
        long markedBy, OffsetDateTime markedAt) {}
