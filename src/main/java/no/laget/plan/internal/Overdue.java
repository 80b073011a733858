package no.laget.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The overdue rule: an action is overdue when its period has ended (the last day of its end year has passed,
 * in Europe/Oslo) and it is neither done nor cancelled.
 */
public final class Overdue {

    /** The same zone as AccessDoor.OSLO; the plan module does not depend on the access module. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private Overdue() {}

    public static boolean on(LocalDate today, int toYear, ActionStatus status) {
        return !status.finished() && today.getYear() > toYear;
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(OSLO));
    }
}
