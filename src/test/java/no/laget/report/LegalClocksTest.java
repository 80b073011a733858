package no.laget.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The legal clocks of docs/domain.md rules 22-24, at every edge: month ends, leap years, weekends, holidays, midnight. */
class LegalClocksTest {

    @ParameterizedTest(name = "received {0} (a {1}): review by {2}")
    @CsvSource({
            "2026-03-02, MONDAY,    2026-03-09",
            "2026-03-06, FRIDAY,    2026-03-13",
            "2026-03-07, SATURDAY,  2026-03-14", // ends on a Saturday: not moved to Monday
            "2026-03-08, SUNDAY,    2026-03-15", // ends on a Sunday: not moved
            "2026-05-10, SUNDAY,    2026-05-17", // ends on 17 May (Constitution Day): not moved
            "2026-12-18, FRIDAY,    2026-12-25", // ends on Christmas Day: not moved
            "2026-12-28, MONDAY,    2027-01-04", // over the new year
            "2028-02-24, THURSDAY,  2028-03-02", // over 29 February in a leap year
            "2027-02-24, WEDNESDAY, 2027-03-03"})
    void the_review_is_due_one_calendar_week_after_receipt_whatever_day_that_is(LocalDate received, DayOfWeek day,
            LocalDate due) {
        assertThat(received.getDayOfWeek()).isEqualTo(day);
        assertThat(LegalClocks.reviewDue(received)).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0}: confirmation by {1}")
    @CsvSource({
            "2026-03-02, 2026-03-23",
            "2026-03-14, 2026-04-04", // a Saturday stays a Saturday
            "2026-12-15, 2027-01-05",
            "2028-02-15, 2028-03-07",
            "2026-04-12, 2026-05-03"})
    void the_confirmation_to_the_reporter_is_due_three_weeks_after_receipt(LocalDate received, LocalDate due) {
        assertThat(LegalClocks.confirmationDue(received)).isEqualTo(due);
    }

    @ParameterizedTest(name = "started {0}: three months {1}, six months {2}")
    @CsvSource({
            "2026-01-15, 2026-04-15, 2026-07-15",
            "2026-01-31, 2026-04-30, 2026-07-31", // April has no 31st: its last day
            "2025-11-30, 2026-02-28, 2026-05-30", // February 2026 has 28 days
            "2027-11-30, 2028-02-29, 2028-05-30", // leap year
            "2026-08-31, 2026-11-30, 2027-02-28",
            "2026-10-17, 2027-01-17, 2027-04-17"})
    void an_investigation_ends_within_three_months_or_six_when_extended(LocalDate start, LocalDate three, LocalDate six) {
        assertThat(LegalClocks.investigationDue(start, false)).isEqualTo(three);
        assertThat(LegalClocks.investigationDue(start, true)).isEqualTo(six);
    }

    @Test
    void the_investigation_clock_starts_at_receipt_by_default_or_at_the_review_when_set() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        LocalDate reviewed = LocalDate.of(2026, 3, 6);
        assertThat(LegalClocks.investigationStart(LegalClocks.InvestigationStart.RECEIPT, received, reviewed)).isEqualTo(received);
        assertThat(LegalClocks.investigationStart(LegalClocks.InvestigationStart.REVIEW, received, reviewed)).isEqualTo(reviewed);
    }

    @Test
    void the_outcome_letter_is_due_three_weeks_after_the_investigation_ends() {
        assertThat(LegalClocks.outcomeLetterDue(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(LegalClocks.outcomeLetterDue(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void whether_an_investigation_was_opened_is_due_with_the_confirmation_or_on_a_later_review() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        assertThat(LegalClocks.openingLetterDue(received, LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(LegalClocks.openingLetterDue(received, LocalDate.of(2026, 3, 30))).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @ParameterizedTest(name = "received at {0} UTC: on {1} in Oslo")
    @CsvSource({
            "2026-12-31T22:59:59Z, 2026-12-31",
            "2026-12-31T23:00:00Z, 2027-01-01", // midnight in Oslo (winter, UTC+1)
            "2026-06-30T21:59:59Z, 2026-06-30",
            "2026-06-30T22:00:00Z, 2026-07-01", // midnight in Oslo (summer, UTC+2)
            "2026-03-29T00:30:00Z, 2026-03-29", // the night clocks go forward
            "2026-10-25T00:30:00Z, 2026-10-25"}) // the night clocks go back
    void the_day_of_receipt_is_the_day_in_oslo(Instant at, LocalDate day) {
        assertThat(LegalClocks.receivedOn(at)).isEqualTo(day);
    }

    @Test
    void the_warning_comes_two_days_before_but_never_before_the_clock_started() {
        assertThat(LegalClocks.warnOn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(LegalClocks.warnOn(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Test
    void days_left_is_zero_on_the_last_day_and_negative_after() {
        LocalDate due = LocalDate.of(2026, 3, 9);
        assertThat(LegalClocks.daysLeft(due, LocalDate.of(2026, 3, 2))).isEqualTo(7);
        assertThat(LegalClocks.daysLeft(due, due)).isZero();
        assertThat(LegalClocks.daysLeft(due, LocalDate.of(2026, 3, 10))).isEqualTo(-1);
    }
}
