package no.laget.emergency.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    @Test
    void easter_sunday_is_computed_for_known_years() {
        assertThat(WorkingDays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(WorkingDays.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(WorkingDays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void the_norwegian_public_holidays_of_2026_are_not_working_days() {
        for (String day : new String[] {"2026-01-01", "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06",
                "2026-05-01", "2026-05-14", "2026-05-17", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26"}) {
            assertThat(WorkingDays.isPublicHoliday(LocalDate.parse(day))).as(day).isTrue();
            assertThat(WorkingDays.isWorkingDay(LocalDate.parse(day))).as(day).isFalse();
        }
        // Holy Saturday, Christmas Eve and New Year's Eve are not public holidays; 24.12.2026 is a Thursday.
        assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2026, 4, 4))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 7))).as("the Tuesday after Easter").isTrue();
    }

    @Test
    void weekends_are_skipped() {
        // Friday 6 March 2026: Monday, Tuesday, Wednesday.
        assertThat(WorkingDays.plus(LocalDate.of(2026, 3, 6), 3)).isEqualTo(LocalDate.of(2026, 3, 11));
        // Saturday counts from Monday.
        assertThat(WorkingDays.plus(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(WorkingDays.plus(LocalDate.of(2026, 3, 9), 0)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(WorkingDays.plus(LocalDate.of(2026, 3, 2), 3)).as("Monday to Thursday").isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void three_working_days_across_easter() {
        // Wednesday before Easter 2025: Maundy Thursday, Good Friday, the weekend and Easter Monday are skipped.
        assertThat(WorkingDays.plus(LocalDate.of(2025, 4, 16), 3)).isEqualTo(LocalDate.of(2025, 4, 24));
        // Easter 2026 (5 April): used on Tuesday 31 March -> Wednesday 1 April, then Tuesday 7 and Wednesday 8 April.
        assertThat(WorkingDays.plus(LocalDate.of(2026, 3, 31), 3)).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(WorkingDays.between(LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 24))).isEqualTo(3);
    }

    @Test
    void three_working_days_across_christmas_and_new_year() {
        // Tuesday 23 December 2025: 24th (1), 25th and 26th are holidays, the weekend, 29th (2), 30th (3).
        assertThat(WorkingDays.plus(LocalDate.of(2025, 12, 23), 3)).isEqualTo(LocalDate.of(2025, 12, 30));
        // Tuesday 30 December 2025: 31st (1), 1 January is a holiday, Friday 2nd (2), Monday 5th (3).
        assertThat(WorkingDays.plus(LocalDate.of(2025, 12, 30), 3)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void three_working_days_across_17_may_and_ascension() {
        // 17 May 2027 is a Monday: Friday 14 May + 1 is Tuesday 18 May.
        assertThat(WorkingDays.plus(LocalDate.of(2027, 5, 14), 1)).isEqualTo(LocalDate.of(2027, 5, 18));
        // 2028: Ascension Day is 25 May and 17 May a Wednesday. Tuesday 16 May + 3: 18th, 19th, 22nd.
        assertThat(WorkingDays.plus(LocalDate.of(2028, 5, 16), 3)).isEqualTo(LocalDate.of(2028, 5, 22));
        // Wednesday 13 May 2026: Ascension Day 14th, then 15th, 18th, 19th.
        assertThat(WorkingDays.plus(LocalDate.of(2026, 5, 13), 3)).isEqualTo(LocalDate.of(2026, 5, 19));
    }

    @Test
    void a_negative_count_is_a_programming_error() {
        assertThatThrownBy(() -> WorkingDays.plus(LocalDate.of(2026, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
