package no.laget.report;

import java.time.Instant;
import java.time.LocalDate;

import no.laget.platform.time.Oslo;

/**
 * Child welfare's legal clocks for a report of concern (docs/domain.md rules 22-24), as pure date arithmetic.
 *
 * <p>Every clock counts calendar days from a date in Oslo. docs/domain.md gives no rule for weekends or public holidays,
 * and these are the agency's own maximum times ("at the latest"), not a party's deadline to act: a clock that ends
 * on a Saturday, a Sunday or 17 May is not moved to the next working day, because moving it would let the agency
 * pass the time the law sets. The deadline engine's warning ({@link #warnOn}) comes early enough to act on a Friday.
 * A period in months ends on the same day of the month, or on the month's last day when it has no such day
 * (31 January + 3 months = 30 April).
 */
public final class LegalClocks {

    /** Rule 23 [check]: whether the investigation clock starts at receipt (default) or when the review ends. */
    public enum InvestigationStart { RECEIPT, REVIEW }

    private LegalClocks() {}

    /** The day a report was received, in Oslo: received at 23:30 UTC on 31 December is received on 1 January. */
    public static LocalDate receivedOn(Instant receivedAt) {
        return receivedAt.atZone(Oslo.ZONE).toLocalDate();
    }

    /** Rule 22: review as soon as possible and at the latest within one week. */
    public static LocalDate reviewDue(LocalDate receivedOn) {
        return receivedOn.plusWeeks(1);
    }

    /** Rule 24: confirmation of receipt to the reporter within three weeks of receipt. */
    public static LocalDate confirmationDue(LocalDate receivedOn) {
        return receivedOn.plusWeeks(3);
    }

    /** Rule 23: the day the investigation clock starts. */
    public static LocalDate investigationStart(InvestigationStart rule, LocalDate receivedOn, LocalDate reviewedOn) {
        return rule == InvestigationStart.RECEIPT ? receivedOn : reviewedOn;
    }

    /** Rule 23: an investigation ends within three months, in special cases (a recorded reason) within six. */
    public static LocalDate investigationDue(LocalDate start, boolean extended) {
        return start.plusMonths(extended ? 6 : 3);
    }

    /**
     * Rule 24 says a public reporter is told whether an investigation was opened, with no time of its own: Laget asks
     * for it with the confirmation (three weeks of receipt), or on the day of the review if that came later.
     */
    public static LocalDate openingLetterDue(LocalDate receivedOn, LocalDate reviewedOn) {
        LocalDate confirmation = confirmationDue(receivedOn);
        return reviewedOn.isAfter(confirmation) ? reviewedOn : confirmation;
    }

    /** Rule 24: within three weeks after the investigation ends, whether it was closed or is followed up. */
    public static LocalDate outcomeLetterDue(LocalDate investigationEndedOn) {
        return investigationEndedOn.plusWeeks(3);
    }

    /** When the deadline engine starts to show a clock as approaching: two days before, never before it started. */
    public static LocalDate warnOn(LocalDate startedOn, LocalDate due) {
        LocalDate warn = due.minusDays(2);
        return warn.isBefore(startedOn) ? startedOn : warn;
    }

    /** Whole days left on a clock (negative when passed; 0 on the last day). */
    public static long daysLeft(LocalDate due, LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, due);
    }
}
