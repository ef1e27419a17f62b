package org.jointacceptance.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.cloudevents.CloudEvent;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.PeriodicTask;

/**
 * Publishes committed outbox events to Kafka, oldest first, each keyed by its aggregate's id as a CloudEvent that the
 * channel's {@code CloudEventSerializer} writes in binary mode, and marks them published once the broker has
 * acknowledged them. A crash between the two re-publishes the batch: consumers are idempotent. A transaction-scoped
 * advisory lock lets only one replica relay at a time, which keeps each application's events in order.
 * <p>
 * The relay runs on a thread of its own for each of the service's databases (a service with several:
 * {@link OutboxDatabases}), so that one database's events never wait while another's are published. Each is woken as
 * soon as a transaction that appended an event to its database commits, and tries again shortly after a failure or
 * while another replica holds the lock; besides, it looks as it starts and every {@code outbox.relay.every} (default
 * 1 min) for anything left behind (by a replica that stopped between a commit and its publication). {@code off}
 * stops the relay altogether.
 * <p>
 * A record carries the moment its event's transaction committed, as this replica saw it, in the header
 * {@value #COMMITTED_AT} (an ISO-8601 instant): how long the relay took from commit to broker can be read from
 * outside. An event published by a look (committed before a restart, or by another replica) or again after a failure
 * has none.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    /** What {@link #publishPending()} answers while another replica relays. */
    private static final int LOCKED_ELSEWHERE = -1;
    /** How soon the relay tries again after a failure, or while another replica relays. */
    private static final Duration RETRY_AFTER = Duration.ofMillis(200);
    /** How often events published longer ago than {@code outbox.retention} are deleted. */
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    /** The header that says when the record's event committed. */
    public static final String COMMITTED_AT = "outbox-committed-at";
    /** How many commit moments are kept for events not yet published (another replica may publish them). */
    private static final int COMMITS_KEPT = 10_000;

    /** The channel whose Kafka producer, as the service configures it, publishes the events. */
    private static final String CHANNEL = "events-out";

    private final KafkaClientService kafka;
    private final String topic;
    private final EntityManager entityManager;
    private final OutboxDatabases databases;
    private final Clock clock;
    private final String source;
    private final int batchSize;
    private final Duration acknowledgementTimeout;
    private final Duration retention;
    private final Optional<Duration> lookEvery;
    /** Each database's relay, by the database's name. */
    private volatile Map<String, DatabaseRelay> relays = Map.of();
    /** When each event committed, by its id, until published (the oldest forgotten past {@link #COMMITS_KEPT}). */
    private final Map<UUID, Instant> committedAt = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Instant> eldest) {
            return size() > COMMITS_KEPT;
        }
    });
    private volatile boolean running;
    private PeriodicTask purge;

    /**
     * {@code upstream} is never sent to: it connects the channel, which the connector otherwise reports, as the service
     * starts, as having nothing to send; the relay hands the events to the channel's producer itself.
     */
    public OutboxRelay(@Channel(CHANNEL) Emitter<CloudEvent> upstream, KafkaClientService kafka,
            @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".topic") String topic,
            EntityManager entityManager,
            Instance<OutboxDatabases> databases, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "outbox.relay.acknowledgement-timeout", defaultValue = "PT30S") Duration acknowledgementTimeout,
            @ConfigProperty(name = "outbox.retention", defaultValue = "P7D") Duration retention,
            @ConfigProperty(name = "outbox.relay.every", defaultValue = "1m") String lookEvery) {
        this.kafka = kafka;
        this.topic = topic;
        this.entityManager = entityManager;
        this.databases = databases.isResolvable() ? databases.get() : OutboxDatabases.ONE;
        this.clock = clock;
        this.source = "/" + applicationName;
        this.batchSize = batchSize;
        this.acknowledgementTimeout = acknowledgementTimeout;
        this.retention = retention;
        this.lookEvery = PeriodicTask.period(lookEvery);
    }

    void start(@Observes StartupEvent started) {
        purge = PeriodicTask.start("outbox-purge", Duration.ofMinutes(1), PURGE_EVERY, this::purgePublished);
        if (lookEvery.isEmpty()) {
            return;
        }
        running = true;
        List<String> names = databases.all();
        relays = names.stream().collect(Collectors.toUnmodifiableMap(name -> name,
                name -> new DatabaseRelay(name, names.size() == 1 ? "outbox-relay" : "outbox-relay-" + name)));
        relays.values().forEach(relay -> relay.thread.start());
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (purge != null) {
            purge.stop();
        }
        running = false;
        relays.values().forEach(DatabaseRelay::wake);
        for (DatabaseRelay relay : relays.values()) {
            relay.thread.join(acknowledgementTimeout.toMillis());
        }
    }

    /** An event was committed: its database's relay publishes it now rather than at the next look. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        committedAt.put(appended.eventId(), Instant.now());
        DatabaseRelay relay = relays.get(databases.current());
        if (relay != null) {
            relay.wake();
        }
    }

    /** The relay of one database, on a thread of its own. */
    private final class DatabaseRelay {

        private final String database;
        private final Semaphore wakeUps = new Semaphore(0);
        private final Thread thread;

        DatabaseRelay(String database, String threadName) {
            this.database = database;
            this.thread = new Thread(this::relayUntilStopped, threadName);
            thread.setDaemon(true);
            thread.setPriority(Thread.MAX_PRIORITY); // every event committed waits for it
        }

        void wake() {
            wakeUps.release();
        }

        private void relayUntilStopped() {
            Duration wait = Duration.ZERO; // the first look, as the service starts
            while (running) {
                try {
                    wakeUps.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS); // woken by a commit, or the look
                    wakeUps.drainPermits(); // one pass publishes everything committed so far
                    wait = running && publishPendingIn(database) == LOCKED_ELSEWHERE ? RETRY_AFTER
                            : lookEvery.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.warnf("Outbox relay of %s will retry: %s", database, e.getMessage());
                    wait = RETRY_AFTER;
                }
            }
        }
    }

    private void purgePublished() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(retention);
        databases.all().forEach(database -> databases.in(database, () -> QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createQuery("delete from OutboxEvent e where e.publishedAt < :before")
                        .setParameter("before", before)
                        .executeUpdate())));
    }

    /**
     * Publishes every committed, unpublished event; returns how many, or -1 when another replica is relaying (in a
     * service with several databases, in any of them: the relay then tries again soon).
     */
    public int publishPending() {
        int total = 0;
        boolean lockedElsewhere = false;
        for (String database : databases.all()) {
            int published = publishPendingIn(database);
            if (published == LOCKED_ELSEWHERE) {
                lockedElsewhere = true;
            } else {
                total += published;
            }
        }
        return lockedElsewhere ? LOCKED_ELSEWHERE : total;
    }

    /** Publishes every committed, unpublished event of {@code database}; returns how many, or -1. */
    private int publishPendingIn(String database) {
        int[] published = {0};
        databases.in(database, () -> published[0] = publishPendingHere());
        return published[0];
    }

    private int publishPendingHere() {
        int total = 0;
        int published;
        do {
            published = QuarkusTransaction.requiringNew().call(this::publishBatch);
            if (published == LOCKED_ELSEWHERE) {
                return total == 0 ? LOCKED_ELSEWHERE : total;
            }
            total += published;
        } while (published == batchSize);
        return total;
    }

    private int publishBatch() throws Exception {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
        if (!locked) {
            return LOCKED_ELSEWHERE;
        }
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent e where e.publishedAt is null order by e.id", OutboxEvent.class)
                .setMaxResults(batchSize)
                .getResultList();
        List<CompletableFuture<Void>> acknowledgements = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            acknowledgements.add(send(event));
        }
        CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
                .get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS);
        OffsetDateTime now = OffsetDateTime.now(clock);
        batch.forEach(event -> event.publishedAt = now);
        return batch.size();
    }

    /**
     * Hands the event to the channel's producer on this thread, which stamps the record's time as it takes it (the
     * connector's own way would hand it to its sending thread first); completes once the broker acknowledges it.
     */
    private CompletableFuture<Void> send(OutboxEvent event) {
        EventEnvelope envelope = new EventEnvelope(event.eventId.toString(), event.eventType, source,
                event.aggregateType + "/" + event.aggregateId, event.occurredAt, event.payload);
        RecordHeaders headers = new RecordHeaders();
        Instant committed = committedAt.remove(event.eventId);
        if (committed != null) {
            headers.add(COMMITTED_AT, committed.toString().getBytes(StandardCharsets.US_ASCII));
        }
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        producer().send(new ProducerRecord<>(topic, null, event.aggregateId, envelope.toCloudEvent(), headers),
                (metadata, failure) -> {
                    if (failure == null) {
                        acknowledged.complete(null);
                    } else {
                        acknowledged.completeExceptionally(failure);
                    }
                });
        return acknowledged;
    }

    private Producer<String, CloudEvent> producer() {
        return kafka.<String, CloudEvent>getProducer(CHANNEL).unwrap();
    }
}
