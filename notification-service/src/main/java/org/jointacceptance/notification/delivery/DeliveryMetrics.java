package org.jointacceptance.notification.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jointacceptance.messaging.PeriodicTask;
import org.jointacceptance.notification.notice.Channel;

/**
 * The delivered channels' metrics (Prometheus at {@code /q/metrics}), per channel: {@code notification_deliveries_total}
 * counts this replica's attempts by outcome (sent, failed and retried, dead); {@code notification_deliveries_backlog}
 * is how many deliveries stand in each unfinished state, read from the database, so every replica reports the same
 * number.
 */
@ApplicationScoped
public class DeliveryMetrics {

    private static final List<String> OUTCOMES = List.of("sent", "failed", "dead");

    private final MeterRegistry registry;
    private final EntityManager entityManager;
    private final Map<Backlog, AtomicLong> backlog = new HashMap<>();
    private final Optional<Duration> countEvery;
    private PeriodicTask counts;

    /** One gauge: the deliveries of a channel in a status. */
    private record Backlog(String channel, DeliveryStatus status) {
    }

    public DeliveryMetrics(MeterRegistry registry, EntityManager entityManager, DeliverySettings settings) {
        this.registry = registry;
        this.entityManager = entityManager;
        this.countEvery = PeriodicTask.period(settings.metricsEvery());
        for (Channel channel : Channel.deliveredChannels()) {
            OUTCOMES.forEach(outcome -> count(channel, outcome, 0));
            for (DeliveryStatus status : DeliveryStatus.values()) {
                if (status != DeliveryStatus.SENT) {
                    backlog.put(new Backlog(channel.code(), status), registry.gauge("notification.deliveries.backlog",
                            Tags.of("channel", channel.code(), "status", status.name().toLowerCase()),
                            new AtomicLong()));
                }
            }
        }
    }

    void sent(Channel channel) {
        count(channel, "sent", 1);
    }

    void failed(Channel channel) {
        count(channel, "failed", 1);
    }

    void dead(Channel channel) {
        count(channel, "dead", 1);
    }

    /** Adds to a counter, registered from the start (with 0) so that it is there before the first attempt. */
    private void count(Channel channel, String outcome, int attempts) {
        registry.counter("notification.deliveries", "channel", channel.code(), "outcome", outcome).increment(attempts);
    }

    void start(@Observes StartupEvent started) {
        countEvery.ifPresent(period -> counts = PeriodicTask.start("delivery-metrics", Duration.ZERO, period,
                this::countBacklog));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (counts != null) {
            counts.stop();
        }
    }

    private void countBacklog() {
        Map<Backlog, Long> counts = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object row : entityManager.createNativeQuery("""
                    select channel, status, count(*) from delivery where status <> 'SENT' group by channel, status""")
                    .getResultList()) {
                Object[] columns = (Object[]) row;
                counts.put(new Backlog((String) columns[0], DeliveryStatus.valueOf((String) columns[1])),
                        ((Number) columns[2]).longValue());
            }
        });
        backlog.forEach((gauge, value) -> value.set(counts.getOrDefault(gauge, 0L)));
    }
}
