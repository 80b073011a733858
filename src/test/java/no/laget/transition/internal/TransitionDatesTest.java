package no.laget.transition.internal;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransitionDatesTest {

    @Test
    void the_reminder_is_six_months_before_the_18th_birthday() {
        assertThat(TransitionDates.transitionReminder(LocalDate.of(2008, 11, 5), 6)).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(TransitionDates.transitionReminder(LocalDate.of(2009, 1, 15), 6)).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void a_birthday_on_29_february_is_1_march_in_other_years() {
        LocalDate leapling = LocalDate.of(2008, 2, 29);
        assertThat(TransitionDates.birthday(leapling, 18)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(TransitionDates.transitionReminder(leapling, 6)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(TransitionDates.aftercareLimit(leapling)).isEqualTo(LocalDate.of(2033, 3, 1));
        assertThat(TransitionDates.birthday(leapling, 4)).as("a leap year keeps the day").isEqualTo(LocalDate.of(2012, 2, 29));
        // 28 February is an ordinary birthday.
        assertThat(TransitionDates.birthday(LocalDate.of(2008, 2, 28), 18)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void six_months_before_a_month_end_lands_on_the_last_day_of_the_shorter_month() {
        // 31 August less six months: 28 February, or 29 in a leap year.
        assertThat(TransitionDates.transitionReminder(LocalDate.of(2008, 8, 31), 6)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(TransitionDates.transitionReminder(LocalDate.of(2010, 8, 31), 6)).isEqualTo(LocalDate.of(2028, 2, 29));
        // 31 March less six months: 30 September.
        assertThat(TransitionDates.transitionReminder(LocalDate.of(2008, 3, 31), 6)).isEqualTo(LocalDate.of(2025, 9, 30));
        // 30 June less six months: 30 December; 31 December less six months: 30 June.
        assertThat(TransitionDates.transitionReminder(LocalDate.of(2008, 6, 30), 6)).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(TransitionDates.transitionReminder(LocalDate.of(2008, 12, 31), 6)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(TransitionDates.transitionReminder(LocalDate.of(2008, 12, 31), 12)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void remaining_time_until_the_25th_birthday() {
        LocalDate born = LocalDate.of(2008, 5, 20);
        assertThat(TransitionDates.aftercareLimit(born)).isEqualTo(LocalDate.of(2033, 5, 20));
        assertThat(TransitionDates.remaining(LocalDate.of(2026, 11, 23), TransitionDates.aftercareLimit(born)))
                .isEqualTo(Period.of(6, 5, 27));
        assertThat(TransitionDates.remaining(LocalDate.of(2033, 5, 20), TransitionDates.aftercareLimit(born)))
                .isEqualTo(Period.ZERO);
        assertThat(TransitionDates.remaining(LocalDate.of(2034, 1, 1), TransitionDates.aftercareLimit(born)))
                .isEqualTo(Period.ZERO);
    }
}
