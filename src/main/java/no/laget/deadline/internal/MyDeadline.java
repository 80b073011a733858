package no.laget.deadline.internal;

import java.time.LocalDate;

import no.laget.mywork.DeadlineState;

/**
 * One open deadline on a user's list. {@code childId} and {@code childName} are set only when the access door lets
 * the user see the child's basic data; {@code childHidden} says a child is behind it that the user may not see.
 * {@code markable} says which marks may be put on it; every row on the list is the user's to act on.
 */
public record MyDeadline(long id, String kind, LocalDate dueOn, LocalDate warnOn, DeadlineState state, String link,
        Long childId, String childName, boolean childHidden, Markable markable) {}
