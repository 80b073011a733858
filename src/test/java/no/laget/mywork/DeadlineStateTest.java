package no.laget.mywork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static no.laget.mywork.DeadlineState.DONE;
import static no.laget.mywork.DeadlineState.DUE;
import static no.laget.mywork.DeadlineState.OVERDUE;
import static no.laget.mywork.DeadlineState.UPCOMING;
import static no.laget.mywork.DeadlineState.WARNED;
import static org.assertj.core.api.Assertions.assertThat;

class DeadlineStateTest {

    private static final LocalDate WARN = LocalDate.of(2026, 11, 7);
    private static final LocalDate DUE_ON = LocalDate.of(2026, 12, 7);

    @Test
    void the_day_before_the_warning_is_upcoming() {
        assertThat(DeadlineState.of(DUE_ON, WARN, false, WARN.minusDays(1))).isEqualTo(UPCOMING);
    }

    @Test
    void the_warning_day_and_the_days_after_it_are_warned() {
        assertThat(DeadlineState.of(DUE_ON, WARN, false, WARN)).isEqualTo(WARNED);
        assertThat(DeadlineState.of(DUE_ON, WARN, false, DUE_ON.minusDays(1))).isEqualTo(WARNED);
    }

    @Test
    void the_due_day_is_due_and_the_day_after_is_overdue() {
        assertThat(DeadlineState.of(DUE_ON, WARN, false, DUE_ON)).isEqualTo(DUE);
        assertThat(DeadlineState.of(DUE_ON, WARN, false, DUE_ON.plusDays(1))).isEqualTo(OVERDUE);
        assertThat(DeadlineState.of(DUE_ON, WARN, false, DUE_ON.plusYears(1))).isEqualTo(OVERDUE);
    }

    @Test
    void without_a_warning_day_it_is_upcoming_until_the_due_day() {
        assertThat(DeadlineState.of(DUE_ON, null, false, DUE_ON.minusDays(1))).isEqualTo(UPCOMING);
        assertThat(DeadlineState.of(DUE_ON, null, false, DUE_ON)).isEqualTo(DUE);
    }

    @Test
    void a_warning_on_the_due_day_itself_makes_the_day_due_not_warned() {
        assertThat(DeadlineState.of(DUE_ON, DUE_ON, false, DUE_ON.minusDays(1))).isEqualTo(UPCOMING);
        assertThat(DeadlineState.of(DUE_ON, DUE_ON, false, DUE_ON)).isEqualTo(DUE);
    }

    @Test
    void done_beats_every_date() {
        assertThat(DeadlineState.of(DUE_ON, WARN, true, WARN.minusDays(1))).isEqualTo(DONE);
        assertThat(DeadlineState.of(DUE_ON, WARN, true, DUE_ON.plusDays(5))).isEqualTo(DONE);
    }

    @Test
    void today_is_the_oslo_date_in_winter_one_hour_ahead_of_utc() {
        // 23:30 UTC on 6 December is 00:30 on 7 December in Oslo (CET, UTC+1)
        Clock justAfterOsloMidnight = Clock.fixed(Instant.parse("2026-12-06T23:30:00Z"), ZoneOffset.UTC);
        assertThat(DeadlineState.today(justAfterOsloMidnight)).isEqualTo(DUE_ON);
        assertThat(DeadlineState.of(DUE_ON, WARN, false, DeadlineState.today(justAfterOsloMidnight))).isEqualTo(DUE);

        Clock justBeforeOsloMidnight = Clock.fixed(Instant.parse("2026-12-06T22:59:59Z"), ZoneOffset.UTC);
        assertThat(DeadlineState.of(DUE_ON, WARN, false, DeadlineState.today(justBeforeOsloMidnight))).isEqualTo(WARNED);

        // on the due day at 23:30 in Oslo it is still due; at 00:00 Oslo (23:00 UTC) it is overdue
        assertThat(DeadlineState.of(DUE_ON, WARN, false,
                DeadlineState.today(Clock.fixed(Instant.parse("2026-12-07T22:30:00Z"), ZoneOffset.UTC)))).isEqualTo(DUE);
        assertThat(DeadlineState.of(DUE_ON, WARN, false,
                DeadlineState.today(Clock.fixed(Instant.parse("2026-12-07T23:00:00Z"), ZoneOffset.UTC)))).isEqualTo(OVERDUE);
    }

    @Test
    void today_is_the_oslo_date_in_summer_two_hours_ahead_of_utc() {
        LocalDate midsummer = LocalDate.of(2026, 6, 24);
        Clock at2200Utc = Clock.fixed(Instant.parse("2026-06-23T22:00:00Z"), ZoneOffset.UTC); // 00:00 CEST
        Clock at2159Utc = Clock.fixed(Instant.parse("2026-06-23T21:59:59Z"), ZoneOffset.UTC);
        assertThat(DeadlineState.of(midsummer, null, false, DeadlineState.today(at2200Utc))).isEqualTo(DUE);
        assertThat(DeadlineState.of(midsummer, null, false, DeadlineState.today(at2159Utc))).isEqualTo(UPCOMING);
    }
}
