package org.jointacceptance.notification.mail;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The email channel's metrics (Prometheus at {@code /q/metrics}): {@code notification_deliveries_total} counts this
 * replica's attempts by outcome (sent, failed and retried, dead); {@code notification_deliveries_backlog} is how many
 * deliveries stand in each unfinished state, read from the database, so every replica reports the same number.
 */
@ApplicationScoped
public class DeliveryMetrics {

    private static final String CHANNEL = "email";

    private final EntityManager entityManager;
    private final Counter sent;
    private final Counter failed;
    private final Counter dead;
    private final Map<DeliveryStatus, AtomicLong> backlog = new EnumMap<>(DeliveryStatus.class);

    public DeliveryMetrics(MeterRegistry registry, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.sent = registry.counter("notification.deliveries", "channel", CHANNEL, "outcome", "sent");
        this.failed = registry.counter("notification.deliveries", "channel", CHANNEL, "outcome", "failed");
        this.dead = registry.counter("notification.deliveries", "channel", CHANNEL, "outcome", "dead");
        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (status != DeliveryStatus.SENT) {
                backlog.put(status, registry.gauge("notification.deliveries.backlog",
                        Tags.of("channel", CHANNEL, "status", status.name().toLowerCase()),
                        new AtomicLong()));
            }
        }
    }

    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }

    void dead() {
        dead.increment();
    }

    @Scheduled(every = "${notification.mail.metrics-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void countBacklog() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object row : entityManager.createNativeQuery(
                    "select status, count(*) from delivery where status <> 'SENT' group by status").getResultList()) {
                Object[] columns = (Object[]) row;
                counts.put(DeliveryStatus.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
            }
        });
        backlog.forEach((status, gauge) -> gauge.set(counts.getOrDefault(status, 0L)));
    }
}
