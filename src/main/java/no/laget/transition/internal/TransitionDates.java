package no.laget.transition.internal;

import java.time.LocalDate;
import java.time.Period;

/**
 * The dates of the transition at 18 and of aftercare (ettervern) up to 25. A birthday on 29 February falls on
 * 1 March in a year that is not a leap year (docs/decisions.md). "n months before" a day at the end of a month
 * lands on the last day of the shorter month (31 August less six months is 28 or 29 February).
 */
public final class TransitionDates {

    public static final int ADULT = 18;
    public static final int AFTERCARE_ENDS = 25;

    private TransitionDates() {}

    /** The day the person turns {@code years}. */
    public static LocalDate birthday(LocalDate born, int years) {
        LocalDate day = born.plusYears(years);
        if (born.getMonthValue() == 2 && born.getDayOfMonth() == 29 && day.getDayOfMonth() == 28) {
            return day.plusDays(1);
        }
        return day;
    }

    /** The day child welfare is reminded to start the transition: {@code months} before the 18th birthday. */
    public static LocalDate transitionReminder(LocalDate born, int months) {
        return birthday(born, ADULT).minusMonths(months);
    }

    /** The last day aftercare can last: the 25th birthday. Dates after it are refused. */
    public static LocalDate aftercareLimit(LocalDate born) {
        return birthday(born, AFTERCARE_ENDS);
    }

    /** Time left until the day, or zero when it has passed. */
    public static Period remaining(LocalDate today, LocalDate until) {
        return until.isAfter(today) ? Period.between(today, until) : Period.ZERO;
    }
}
