package org.jointacceptance.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Sends the recorded mails through SMTP. Each round claims the deliveries that are due with {@code FOR UPDATE SKIP
 * LOCKED}, so that replicas share the work without sending a mail twice, and holds them for a lease: a sender that
 * dies mid-send loses its claim when the lease ends and another takes the delivery over. That is the one place where
 * a mail may go out twice (the SMTP server took it, the sender died before recording it); the delivery's Message-ID
 * is the same on every attempt so that mail clients can drop the copy. A failed attempt is retried with exponential
 * backoff and jitter, up to the configured number of attempts; then the delivery is dead until a coordinator replays it.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final ReactiveMailer mailer;
    private final EntityManager entityManager;
    private final MailSettings settings;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public MailSender(ReactiveMailer mailer, EntityManager entityManager, MailSettings settings, DeliveryMetrics metrics,
            Clock clock) {
        this.mailer = mailer;
        this.entityManager = entityManager;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One claimed attempt of a delivery: what to send, and which attempt it is, so a lost lease is noticed. */
    public record Claim(UUID delivery, int attempt, String address, String subject, String body, String messageId) {
    }

    @Scheduled(every = "${notification.mail.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendOnSchedule() {
        if (!settings.enabled()) {
            return;
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf("Mail sender will try again: %s", e.getMessage());
        }
    }

    /** Sends every delivery due now, a batch at a time; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        List<Claim> claims;
        do {
            claims = claimDue();
            for (Claim claim : claims) {
                if (send(claim)) {
                    sent++;
                }
            }
        } while (claims.size() == settings.batchSize());
        return sent;
    }

    /** Claims the due deliveries, those whose sender's lease ran out included, each for one attempt. */
    public List<Claim> claimDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            @SuppressWarnings("unchecked")
            List<Delivery> due = entityManager.createNativeQuery("""
                    select * from delivery where status in ('PENDING', 'SENDING', 'RETRYING') and due_at <= :now
                    order by due_at limit :limit for update skip locked""", Delivery.class)
                    .setParameter("now", now).setParameter("limit", settings.batchSize()).getResultList();
            return due.stream().map(delivery -> {
                delivery.claim(now, settings.lease());
                return new Claim(delivery.id, delivery.attempts, delivery.address, delivery.subject, delivery.body,
                        delivery.messageId);
            }).toList();
        });
    }

    private boolean send(Claim claim) {
        Mail mail = Mail.withText(claim.address(), claim.subject(), claim.body())
                .addHeader("Message-ID", claim.messageId());
        try {
            mailer.send(mail).await().atMost(settings.sendTimeout());
            record(claim, null);
            return true;
        } catch (RuntimeException e) {
            record(claim, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return false;
        }
    }

    /** Records the attempt's outcome, unless another sender took the delivery over meanwhile. */
    private void record(Claim claim, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery delivery = entityManager.find(Delivery.class, claim.delivery(), LockModeType.PESSIMISTIC_WRITE);
            if (delivery.status != DeliveryStatus.SENDING || delivery.attempts != claim.attempt()) {
                LOG.warnf("Delivery %s was taken over after its lease ran out; attempt %d is not recorded",
                        claim.delivery(), claim.attempt());
                return;
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (error == null) {
                delivery.sent(now);
                metrics.sent();
                return;
            }
            if (delivery.attempts >= settings.retry().maxAttempts()) {
                delivery.dead(error);
                LOG.errorf("Delivery %s to %s is dead after %d attempts: %s", delivery.id, delivery.recipient,
                        delivery.attempts, error);
                metrics.dead();
            } else {
                delivery.retry(now, error, backoff(delivery.attempts));
                LOG.warnf("Delivery %s to %s failed (attempt %d), retried at %s: %s", delivery.id, delivery.recipient,
                        delivery.attempts, delivery.dueAt, error);
                metrics.failed();
            }
        });
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
