package no.laget.mywork;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.platform.time.Oslo;

/**
 * Where a deadline stands on a given day. Days are Europe/Oslo days: a deadline due today is due until midnight
 * Norwegian time, whatever the UTC date is. The order is the order of the rules: done beats everything, then
 * overdue, due, warned, upcoming.
 */
public enum DeadlineState {

    /** Open, and neither the warning day nor the due day has come. */
    UPCOMING,
    /** Open, the warning day has come ({@code today >= warnOn}) and the due day not yet. */
    WARNED,
    /** Open, due today. */
    DUE,
    /** Open, the due day has passed. */
    OVERDUE,
    /** Done; it leaves every list. */
    DONE;

    public static DeadlineState of(LocalDate dueOn, LocalDate warnOn, boolean done, LocalDate today) {
        if (done) {
            return DONE;
        }
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        if (today.isEqual(dueOn)) {
            return DUE;
        }
        if (warnOn != null && !today.isBefore(warnOn)) {
            return WARNED;
        }
        return UPCOMING;
    }

    /** Today in Oslo, by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    public String labelKey() {
        return "deadline.state." + name();
    }
}
