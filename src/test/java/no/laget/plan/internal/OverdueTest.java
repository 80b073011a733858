package no.laget.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OverdueTest {

    @Test
    void an_action_is_overdue_from_the_first_day_after_its_end_year() {
        assertThat(Overdue.on(LocalDate.of(2022, 12, 31), 2022, ActionStatus.ONGOING)).isFalse();
        assertThat(Overdue.on(LocalDate.of(2023, 1, 1), 2022, ActionStatus.ONGOING)).isTrue();
        assertThat(Overdue.on(LocalDate.of(2023, 1, 1), 2022, ActionStatus.NOT_STARTED)).isTrue();
        assertThat(Overdue.on(LocalDate.of(2023, 1, 1), 2022, ActionStatus.DELAYED)).isTrue();
    }

    @Test
    void done_and_cancelled_actions_are_never_overdue() {
        assertThat(Overdue.on(LocalDate.of(2030, 6, 1), 2022, ActionStatus.DONE)).isFalse();
        assertThat(Overdue.on(LocalDate.of(2030, 6, 1), 2022, ActionStatus.CANCELLED)).isFalse();
    }

    @Test
    void today_is_the_date_in_oslo_not_in_utc() {
        // 23:30 UTC on New Year's Eve is already New Year's Day in Oslo (UTC+1 in winter).
        Clock lateEvening = Clock.fixed(Instant.parse("2022-12-31T23:30:00Z"), ZoneOffset.UTC);
        assertThat(Overdue.today(lateEvening)).isEqualTo(LocalDate.of(2023, 1, 1));
        Clock justBefore = Clock.fixed(Instant.parse("2022-12-31T22:59:59Z"), ZoneOffset.UTC);
        assertThat(Overdue.today(justBefore)).isEqualTo(LocalDate.of(2022, 12, 31));
    }
}
