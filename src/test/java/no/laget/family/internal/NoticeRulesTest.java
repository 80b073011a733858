package no.laget.family.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two time rules of the family's e-mail notices, at their edges (the integration test's clock keeps ticking). */
class NoticeRulesTest {

    private static final Instant SENT = Instant.parse("2026-03-28T23:30:00Z"); // the night summer time begins in Oslo

    @Test
    void the_confirmation_link_works_until_24_hours_after_it_was_sent_and_not_at_that_moment() {
        Instant expires = SENT.plus(NoticeAddresses.LINK_VALID);

        assertThat(expires).as("24 real hours, not a calendar day").isEqualTo(Instant.parse("2026-03-29T23:30:00Z"));
        assertThat(NoticeAddresses.linkWorks(expires, SENT)).isTrue();
        assertThat(NoticeAddresses.linkWorks(expires, expires.minusSeconds(1))).isTrue();
        assertThat(NoticeAddresses.linkWorks(expires, expires.minusNanos(1000))).isTrue();
        assertThat(NoticeAddresses.linkWorks(expires, expires)).isFalse();
        assertThat(NoticeAddresses.linkWorks(expires, expires.plusSeconds(1))).isFalse();
    }

    @Test
    void a_notice_is_sent_only_within_24_hours_of_being_planned() {
        assertThat(NoticeSender.isNews(SENT, SENT)).isTrue();
        assertThat(NoticeSender.isNews(SENT, SENT.plus(Duration.ofHours(24)).minusSeconds(1))).isTrue();
        assertThat(NoticeSender.isNews(SENT, SENT.plus(Duration.ofHours(24)))).isFalse();
        assertThat(NoticeSender.isNews(SENT, SENT.plus(Duration.ofDays(10)))).isFalse();
    }
}
