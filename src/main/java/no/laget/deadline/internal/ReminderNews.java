package no.laget.deadline.internal;

import java.time.LocalDate;

import no.laget.mywork.DeadlineState;

/**
 * When a reminder is news, and so may be e-mailed: its deadline is open and still in the state the reminder is
 * about, and that state began, or the deadline got its present dates, no more than {@value #GRACE_DAYS} day before
 * today. A state begins on the warning day (WARNED), the due day (DUE) or the day after it (OVERDUE); a deadline
 * created or moved into a state that began earlier is news from the day it was dated. So a reminder is mailed on
 * the day its moment comes or the day after (one missed planning day is caught up), never later: turning e-mail
 * on after a while without it, or a sender that was down for days, sends only what is news today, not a backlog.
 * {@link ReminderPlanner} repeats this rule in SQL; the tests check both at the same edges.
 */
final class ReminderNews {

    static final int GRACE_DAYS = 1;

    private ReminderNews() {}

    /** The first day a reminder of the state is news; {@code datedOn} is the Oslo day the deadline got its dates. */
    static LocalDate newsFrom(DeadlineState state, LocalDate dueOn, LocalDate warnOn, LocalDate datedOn) {
        LocalDate began = switch (state) {
            case WARNED -> warnOn;
            case DUE -> dueOn;
            case OVERDUE -> dueOn.plusDays(1);
            case UPCOMING, DONE -> throw new IllegalArgumentException("No reminder of " + state);
        };
        return began.isAfter(datedOn) ? began : datedOn;
    }

    /** Whether a reminder of {@code state} may go out today. */
    static boolean isNews(DeadlineState state, LocalDate dueOn, LocalDate warnOn, boolean done, LocalDate datedOn,
            LocalDate today) {
        if (state == DeadlineState.UPCOMING || state == DeadlineState.DONE
                || DeadlineState.of(dueOn, warnOn, done, today) != state) {
            return false;
        }
        return !newsFrom(state, dueOn, warnOn, datedOn).isBefore(today.minusDays(GRACE_DAYS));
    }
}
