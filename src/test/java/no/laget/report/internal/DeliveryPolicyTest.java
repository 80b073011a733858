package no.laget.report.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryPolicyTest {

    @Test
    void the_wait_doubles_from_one_minute_up_to_half_an_hour() {
        DeliveryPolicy policy = DeliveryPolicy.standard();
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofMinutes(30));
    }
}
