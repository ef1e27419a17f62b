package org.jointacceptance.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.jointacceptance.messaging.PeriodicTask;
import org.jointacceptance.notification.notice.Channel;

/**
 * Sends the recorded deliveries of every enabled channel (mail through SMTP, webhook calls). Each round claims the
 * deliveries that are due with {@code FOR UPDATE SKIP LOCKED}, so that replicas share the work without sending one
 * twice, and holds them for a lease: a sender that dies mid-send loses its claim when the lease ends and another
 * takes the delivery over. That is the one place where a notice may go out twice (the other side took it, the sender
 * died before recording it); the delivery's message id is the same on every attempt so that the other side can drop
 * the copy. The attempts of a batch run at once, each bounded by the send timeout, so a slow webhook holds up no
 * lease. A failed attempt is retried with exponential backoff and jitter, up to the configured number of attempts;
 * then the delivery is dead until a coordinator replays it.
 * <p>
 * The sender runs on its own thread, woken as soon as a transaction that recorded or replayed a delivery commits, when
 * the next delivery falls due (a retry, a lease running out) and when an attempt failed; besides, it looks every
 * {@code notification.delivery.look-every} for deliveries another replica recorded and did not send before it
 * stopped. {@code off} stops the sender altogether. Each time it wakes it starts a round, and up to {@link #ROUNDS}
 * rounds run at once, as replicas' rounds do: a round waits for its slowest attempt, and a mail server or a webhook
 * that keeps it waiting up to the send timeout holds up no other delivery due meanwhile.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    /** The shortest wait between two rounds that the next due delivery sets. */
    private static final Duration MOMENT = Duration.ofMillis(100);
    /** How many rounds run at once, each with up to a batch of attempts. */
    private static final int ROUNDS = 4;

    private final EntityManager entityManager;
    private final DeliverySettings settings;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final Map<Channel, Transport> transports = new EnumMap<>(Channel.class);
    private final Optional<Duration> lookEvery;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Semaphore freeRounds = new Semaphore(ROUNDS);
    private volatile boolean running;
    private Thread sender;
    private ExecutorService rounds;

    public DeliverySender(EntityManager entityManager, DeliverySettings settings, DeliveryMetrics metrics, Clock clock,
            Instance<Transport> transports) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        transports.forEach(transport -> this.transports.put(transport.channel(), transport));
        this.lookEvery = PeriodicTask.period(settings.lookEvery());
    }

    void start(@Observes StartupEvent started) {
        if (lookEvery.isEmpty()) {
            return;
        }
        running = true;
        AtomicInteger roundThreads = new AtomicInteger();
        rounds = Executors.newFixedThreadPool(ROUNDS, round -> {
            Thread thread = new Thread(round, "delivery-round-" + roundThreads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        sender = new Thread(this::sendUntilStopped, "delivery-sender");
        sender.setDaemon(true);
        sender.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (sender != null) {
            running = false;
            wakeUps.release();
            sender.join(settings.sendTimeout().toMillis());
            rounds.shutdown();
            rounds.awaitTermination(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A delivery was recorded or replayed: send it now rather than at the next look. */
    void due(@Observes(during = TransactionPhase.AFTER_SUCCESS) Delivery.Due due) {
        wakeUps.release();
    }

    private void sendUntilStopped() {
        Duration wait = Duration.ZERO; // what was due before a restart goes at once
        while (running) {
            try {
                wakeUps.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                freeRounds.acquire();
                if (!running) {
                    return;
                }
                rounds.execute(this::round); // one round sends everything due so far
                wait = untilNextDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Delivery sender will try again: %s", e.getMessage());
                wait = lookEvery.orElseThrow();
            }
        }
    }

    private void round() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf("Delivery round failed, the sender will try again: %s", e.getMessage());
        } finally {
            freeRounds.release();
        }
    }

    /**
     * How long until the next delivery of an enabled channel falls due (a retry, a lease running out): at least a
     * moment (one due now is being claimed by the round just started, or by another sender), at most the look
     * interval.
     */
    private Duration untilNextDue() {
        Duration longest = lookEvery.orElseThrow();
        List<String> channels = enabledChannels();
        if (channels.isEmpty()) {
            return longest;
        }
        OffsetDateTime next = QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime) entityManager
                .createNativeQuery("""
                        select min(due_at) from delivery where status in ('PENDING', 'SENDING', 'RETRYING')
                        and channel in (:channels)""", OffsetDateTime.class)
                .setParameter("channels", channels).getSingleResult());
        if (next == null) {
            return longest;
        }
        Duration wait = Duration.between(OffsetDateTime.now(clock), next);
        return wait.compareTo(MOMENT) < 0 ? MOMENT : wait.compareTo(longest) > 0 ? longest : wait;
    }

    private List<String> enabledChannels() {
        return transports.values().stream().filter(Transport::enabled).map(transport -> transport.channel().code())
                .toList();
    }

    /** Sends every delivery due now, a batch at a time; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        List<Claim> claims;
        do {
            claims = claimDue();
            sent += send(claims);
        } while (claims.size() == settings.batchSize());
        return sent;
    }

    /**
     * Claims the due deliveries of the enabled channels, those whose sender's lease ran out included, each for one
     * attempt.
     */
    public List<Claim> claimDue() {
        List<String> channels = enabledChannels();
        if (channels.isEmpty()) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            @SuppressWarnings("unchecked")
            List<Delivery> due = entityManager.createNativeQuery("""
                    select * from delivery where status in ('PENDING', 'SENDING', 'RETRYING') and due_at <= :now
                    and channel in (:channels) order by due_at limit :limit for update skip locked""", Delivery.class)
                    .setParameter("now", now).setParameter("channels", channels)
                    .setParameter("limit", settings.batchSize()).getResultList();
            return due.stream().map(delivery -> {
                delivery.claim(now, settings.lease());
                return new Claim(delivery.id, delivery.attempts, Channel.of(delivery.channel).orElseThrow(),
                        delivery.recipient, delivery.address, delivery.subject, delivery.body, delivery.messageId);
            }).toList();
        });
    }

    /** Starts every claimed attempt at once, then records each outcome; returns how many went out. */
    private int send(List<Claim> claims) {
        Map<Claim, CompletableFuture<Void>> attempts = new LinkedHashMap<>();
        for (Claim claim : claims) {
            attempts.put(claim, Uni.createFrom().deferred(() -> transports.get(claim.channel()).send(claim))
                    .ifNoItem().after(settings.sendTimeout())
                    .failWith(() -> new TimeoutException("no answer within " + settings.sendTimeout().toSeconds() + " s"))
                    .subscribeAsCompletionStage());
        }
        int sent = 0;
        for (Map.Entry<Claim, CompletableFuture<Void>> attempt : attempts.entrySet()) {
            String error = failure(attempt.getValue());
            record(attempt.getKey(), error);
            if (error == null) {
                sent++;
            }
        }
        return sent;
    }

    /** Waits for an attempt (bounded by the send timeout); null when it succeeded, else why it failed. */
    private static String failure(CompletableFuture<Void> attempt) {
        try {
            attempt.join();
            return null;
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
    }

    /** Records the attempt's outcome, unless the delivery changed meanwhile (taken over, or its webhook deleted). */
    private void record(Claim claim, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery delivery = entityManager.find(Delivery.class, claim.delivery(), LockModeType.PESSIMISTIC_WRITE);
            if (delivery.status != DeliveryStatus.SENDING || delivery.attempts != claim.attempt()) {
                LOG.warnf("Delivery %s is %s, attempt %d: attempt %d is not recorded (its lease ran out and another "
                        + "sender took it over, or its webhook was deleted)", claim.delivery(), delivery.status,
                        delivery.attempts, claim.attempt());
                return;
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (error == null) {
                delivery.sent(now);
                metrics.sent(claim.channel());
                return;
            }
            if (delivery.attempts >= settings.retry().maxAttempts()) {
                delivery.dead(error);
                LOG.errorf("Delivery %s to %s (%s) is dead after %d attempts: %s", delivery.id, delivery.recipient,
                        delivery.channel, delivery.attempts, error);
                metrics.dead(claim.channel());
            } else {
                delivery.retry(now, error, backoff(delivery.attempts));
                LOG.warnf("Delivery %s to %s (%s) failed (attempt %d), retried at %s: %s", delivery.id,
                        delivery.recipient, delivery.channel, delivery.attempts, delivery.dueAt, error);
                metrics.failed(claim.channel());
            }
        });
        if (error != null) {
            wakeUps.release(); // a retry falls due at a time of its own: the sender waits for that time
        }
    }

    /** The wait after {@code attempts} failed attempts: doubling from the initial delay, capped, less up to 20%. */
    private Duration backoff(int attempts) {
        Duration delay = settings.retry().initialDelay().multipliedBy(1L << Math.min(attempts - 1, 30));
        if (delay.compareTo(settings.retry().maxDelay()) > 0) {
            delay = settings.retry().maxDelay();
        }
        return Duration.ofMillis((long) (delay.toMillis() * (1 - 0.2 * ThreadLocalRandom.current().nextDouble())));
    }
}
