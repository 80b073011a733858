package no.laget.emergency.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Norwegian working days: Monday to Friday except the public holidays (helligdager and 1 and 17 May). Christmas
 * Eve and New Year's Eve are ordinary days in law, so they count as working days here (many offices close early;
 * that is a local practice, not a rule).
 */
public final class WorkingDays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 17),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    private WorkingDays() {}

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Public holidays: New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May,
     * Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
     */
    public static boolean isPublicHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        long offset = day.toEpochDay() - easter.toEpochDay();
        return offset == -3 || offset == -2 || offset == 0 || offset == 1 || offset == 39 || offset == 49
                || offset == 50;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isPublicHoliday(day);
    }

    /** The day that is {@code days} working days after {@code from} ({@code from} itself never counts). */
    public static LocalDate plus(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public static int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
