package no.laget.report.internal;

import java.time.Duration;

/**
 * When to try again and when to give up. Tries again after 1, 2, 4, 8, 16 minutes, then every 30 minutes; the sender
 * is warned after {@code warnAfterAttempts} failed attempts or {@code warnAfter} since the first failure; after
 * {@code giveUpAfter} (or the receiver's own refusal) the report is failed for good and the sender must act.
 */
record DeliveryPolicy(int warnAfterAttempts, Duration warnAfter, Duration giveUpAfter, Duration firstDelay,
        Duration maxDelay) {

    static DeliveryPolicy standard() {
        return new DeliveryPolicy(3, Duration.ofHours(1), Duration.ofHours(48), Duration.ofMinutes(1),
                Duration.ofMinutes(30));
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    Duration delayAfter(int failedAttempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
