package org.jointacceptance.messaging.outbox;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** For a service's own tests: what its committed transactions wrote to the outbox, seen on Kafka. */
public final class Outboxes {

    private Outboxes() {
    }

    /**
     * Returns once the service's outbox has nothing left to publish: every event committed so far is on Kafka. Asked
     * on the test's thread, in its request context (which a department-service needs to know its department).
     */
    public static void awaitEverythingPublished() {
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("publishedAt is null")) == 0);
    }
}
