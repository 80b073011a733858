package no.laget.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * Dates and times as a person reads them, in one place: pages and PDFs call {@code ${@dates.day(x)}}, Java calls
 * {@code Dates.day(x)}. A point in time (Instant, OffsetDateTime, ZonedDateTime) is shown as the day and clock in
 * Europe/Oslo; a LocalDate or LocalDateTime is shown as it is. Null gives null, as {@code #temporals.format} did.
 *
 * <p>Two numeric styles are in use and kept as they were: the short one, 1.3.2026 ({@link #day}), on casework, plans,
 * deadlines, NAV and reports; the padded one, 01.03.2026 ({@link #paddedDay}), on consents, the child's record, the
 * family's pages, the access log and the archive. Machine formats (ISO, iCalendar, KS Fiks, file names) are not
 * formatted here.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    private static final DateTimeFormatter PADDED_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter PADDED_DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** 1.3.2026 */
    public static String day(TemporalAccessor value) {
        return format(value, DAY);
    }

    /** 1.3.2026 09:05 */
    public static String dayAndTime(TemporalAccessor value) {
        return format(value, DAY_AND_TIME);
    }

    /** 01.03.2026 */
    public static String paddedDay(TemporalAccessor value) {
        return format(value, PADDED_DAY);
    }

    /** 01.03.2026 09:05 */
    public static String paddedDayAndTime(TemporalAccessor value) {
        return format(value, PADDED_DAY_AND_TIME);
    }

    /** 09:05 */
    public static String time(TemporalAccessor value) {
        return format(value, TIME);
    }

    /** 01.03.2026 kl. 09:05, as the family's access log writes a moment. */
    public static String paddedDayAtTime(TemporalAccessor value) {
        return value == null ? null : paddedDay(value) + " kl. " + time(value);
    }

    /** Reads back a day {@link #paddedDay} wrote, such as a consent's date in a family log line. */
    public static LocalDate readPaddedDay(String text) {
        return LocalDate.parse(text, PADDED_DAY);
    }

    private static String format(TemporalAccessor value, DateTimeFormatter format) {
        return value == null ? null : format.format(inOslo(value));
    }

    private static TemporalAccessor inOslo(TemporalAccessor value) {
        return switch (value) {
            case Instant instant -> instant.atZone(Oslo.ZONE);
            case OffsetDateTime at -> at.atZoneSameInstant(Oslo.ZONE);
            case ZonedDateTime at -> at.withZoneSameInstant(Oslo.ZONE);
            default -> value;
        };
    }
}
