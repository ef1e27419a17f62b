package org.jointacceptance.notification.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;

/** How webhooks are called: {@code notification.webhooks.*}, with its defaults in application.properties. */
@ConfigMapping(prefix = "notification.webhooks")
public interface WebhookSettings {

    /**
     * Hosts, as written in the URL (a name or an IP address), that may be called over plain HTTP and may resolve to
     * loopback, private or link-local addresses: none in production, the test's own receiver in tests.
     */
    Optional<Set<String>> allowedHosts();

    /** How long connecting to a webhook may take. */
    Duration connectTimeout();

    /** How long a webhook may stay silent once connected, before its answer is complete. */
    Duration readTimeout();

    /** How long a secret a rotation replaced still signs beside the new one, so that the receiver can change over. */
    Duration secretOverlap();
}
