package no.laget.plan.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.platform.time.Oslo;

/**
 * The overdue rule: an action is overdue when its period has ended (the last day of its end year has passed,
 * in Europe/Oslo) and it is neither done nor cancelled.
 */
public final class Overdue {

    private Overdue() {}

    public static boolean on(LocalDate today, int toYear, ActionStatus status) {
        return !status.finished() && today.getYear() > toYear;
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }
}
