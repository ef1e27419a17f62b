package org.jointacceptance.notification.delivery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * How the delivered channels (email, webhooks) are worked off: {@code notification.delivery.*}, with its defaults in
 * application.properties. Both channels share one sender, one lease and one retry schedule.
 */
@ConfigMapping(prefix = "notification.delivery")
public interface DeliverySettings {

    /** How many times a delivery is attempted before it is dead, and how long it waits in between. */
    Retry retry();

    /**
     * How often the sender looks for due deliveries besides being woken by each one recorded or replayed and by the
     * next one falling due ({@code off}: the sender never runs).
     */
    String lookEvery();

    /** How often the backlog metrics are counted again ({@code off}: never). */
    String metricsEvery();

    /** How long a sender holds a claimed delivery; a sender that died mid-send loses it after this. */
    Duration lease();

    /**
     * How long one attempt may take, from the start of the batch it belongs to: the attempts of a batch run at once,
     * so the batch takes about this long at worst. Shorter than the lease.
     */
    Duration sendTimeout();

    /** How many deliveries a sender claims at once. */
    int batchSize();

    interface Retry {

        int maxAttempts();

        /** The wait after the first failed attempt; it doubles after each further one, up to {@link #maxDelay()}. */
        Duration initialDelay();

        Duration maxDelay();
    }
}
