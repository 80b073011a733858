package no.laget.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two numeric styles the pages have always used, and points in time shown on the Oslo clock. */
class DatesTest {

    @Test
    void a_day_in_the_short_and_the_padded_style() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(Dates.day(day)).isEqualTo("1.3.2026");
        assertThat(Dates.paddedDay(day)).isEqualTo("01.03.2026");
        assertThat(Dates.day(LocalDate.of(2026, 12, 31))).isEqualTo("31.12.2026");
        assertThat(Dates.paddedDay(LocalDate.of(2026, 12, 31))).isEqualTo("31.12.2026");
    }

    @Test
    void a_point_in_time_is_shown_in_oslo_summer_and_winter() {
        // 22:30 UTC on 31 March is 00:30 on 1 April in Oslo (summer time, +2)
        OffsetDateTime summer = OffsetDateTime.of(2026, 3, 31, 22, 30, 0, 0, ZoneOffset.UTC);
        assertThat(Dates.day(summer)).isEqualTo("1.4.2026");
        assertThat(Dates.dayAndTime(summer)).isEqualTo("1.4.2026 00:30");
        assertThat(Dates.paddedDayAndTime(summer)).isEqualTo("01.04.2026 00:30");
        assertThat(Dates.time(summer)).isEqualTo("00:30");
        // 23:05 UTC on 31 December is 00:05 on New Year's Day in Oslo (winter time, +1)
        Instant winter = Instant.parse("2026-12-31T23:05:00Z");
        assertThat(Dates.day(winter)).isEqualTo("1.1.2027");
        assertThat(Dates.dayAndTime(winter)).isEqualTo("1.1.2027 00:05");
        assertThat(Dates.day(winter.atZone(ZoneOffset.UTC))).isEqualTo("1.1.2027");
        assertThat(Dates.time(ZonedDateTime.of(2026, 6, 1, 9, 5, 0, 0, Oslo.ZONE))).isEqualTo("09:05");
    }

    @Test
    void the_spring_night_hour_that_does_not_exist_in_oslo() {
        // 29 March 2026: clocks go from 02:00 to 03:00; 01:30 UTC is 03:30 in Oslo
        assertThat(Dates.dayAndTime(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo("29.3.2026 03:30");
        assertThat(Dates.dayAndTime(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("29.3.2026 01:59");
    }

    @Test
    void the_family_log_writes_a_moment_with_kl_and_reads_its_days_back() {
        Instant at = Instant.parse("2026-07-09T06:05:00Z");
        assertThat(Dates.paddedDayAtTime(at)).isEqualTo("09.07.2026 kl. 08:05");
        assertThat(Dates.paddedDayAtTime(null)).isNull();
        LocalDate day = LocalDate.of(2026, 1, 2);
        assertThat(Dates.readPaddedDay(Dates.paddedDay(day))).isEqualTo(day);
    }

    @Test
    void a_local_time_is_shown_as_it_is_and_null_stays_null() {
        assertThat(Dates.dayAndTime(LocalDateTime.of(2026, 5, 17, 8, 0))).isEqualTo("17.5.2026 08:00");
        assertThat(Dates.day(null)).isNull();
        assertThat(Dates.paddedDayAndTime(null)).isNull();
    }
}
