package no.laget.deadline.internal;

import java.time.LocalDate;

import no.laget.mywork.DeadlineState;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule for when a reminder is news, at its edges (the planner's SQL is checked at the same edges with mail). */
class ReminderNewsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate LONG_AGO = TODAY.minusYears(1);

    @Test
    void an_overdue_reminder_is_news_on_the_day_after_the_due_day_and_the_day_after_that_only() {
        assertThat(news(DeadlineState.OVERDUE, TODAY.minusDays(1), null, LONG_AGO)).isTrue();
        assertThat(news(DeadlineState.OVERDUE, TODAY.minusDays(2), null, LONG_AGO)).as("one missed day").isTrue();
        assertThat(news(DeadlineState.OVERDUE, TODAY.minusDays(3), null, LONG_AGO)).as("a backlog").isFalse();
    }

    @Test
    void a_warning_is_news_on_the_warning_day_and_the_day_after_and_a_due_reminder_only_on_the_due_day() {
        LocalDate due = TODAY.plusDays(5);
        assertThat(news(DeadlineState.WARNED, due, TODAY, LONG_AGO)).isTrue();
        assertThat(news(DeadlineState.WARNED, due, TODAY.minusDays(1), LONG_AGO)).isTrue();
        assertThat(news(DeadlineState.WARNED, due, TODAY.minusDays(2), LONG_AGO)).isFalse();
        assertThat(news(DeadlineState.DUE, TODAY, TODAY.minusDays(9), LONG_AGO)).isTrue();
        assertThat(news(DeadlineState.DUE, TODAY.minusDays(1), null, LONG_AGO)).as("now overdue").isFalse();
    }

    @Test
    void a_deadline_dated_today_into_a_state_that_began_long_ago_is_news_today_and_tomorrow() {
        assertThat(news(DeadlineState.OVERDUE, TODAY.minusDays(40), null, TODAY)).isTrue();
        assertThat(news(DeadlineState.OVERDUE, TODAY.minusDays(40), null, TODAY.minusDays(1))).isTrue();
        assertThat(news(DeadlineState.OVERDUE, TODAY.minusDays(40), null, TODAY.minusDays(2))).isFalse();
        assertThat(news(DeadlineState.WARNED, TODAY.plusDays(3), TODAY.minusDays(27), TODAY)).isTrue();
    }

    @Test
    void a_done_deadline_or_one_in_another_state_is_never_news() {
        assertThat(ReminderNews.isNews(DeadlineState.DUE, TODAY, null, true, TODAY, TODAY)).isFalse();
        assertThat(news(DeadlineState.WARNED, TODAY, TODAY.minusDays(1), TODAY)).as("it is due now").isFalse();
        assertThat(news(DeadlineState.UPCOMING, TODAY.plusDays(9), null, TODAY)).isFalse();
    }

    private static boolean news(DeadlineState state, LocalDate dueOn, LocalDate warnOn, LocalDate datedOn) {
        return ReminderNews.isNews(state, dueOn, warnOn, false, datedOn, TODAY);
    }
}
