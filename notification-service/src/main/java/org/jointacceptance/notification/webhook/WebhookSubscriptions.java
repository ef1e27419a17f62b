package org.jointacceptance.notification.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jointacceptance.notification.delivery.DeliveryStatus;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.problem.ProblemException;

/**
 * Registers and deletes webhooks, and rotates their secrets. The URL is checked at registration (and again at every
 * call); each secret is made here ({@link WebhookSecret}), as strong as the signature needs whatever the subscriber
 * would choose, and shown once. A rotated secret still signs until the overlap ends
 * ({@code notification.webhooks.secret-overlap}), so that the receiver changes over without losing a call.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    private final WebhookTargets targets;
    private final WebhookSettings settings;
    private final EntityManager entityManager;
    private final Clock clock;

    public WebhookSubscriptions(WebhookTargets targets, WebhookSettings settings, EntityManager entityManager,
            Clock clock) {
        this.targets = targets;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A webhook just registered, and its secret. */
    public record Registered(WebhookSubscription webhook, String secret) {
    }

    /** A webhook's new secret, and when the ones it replaced stop signing. */
    public record Rotated(String secret, OffsetDateTime previousSecretsSignUntil) {
    }

    /** Registers {@code url} for {@code recipient}'s notices of {@code eventTypes} (all, when empty). */
    @Transactional
    public Registered register(String recipient, String url, List<String> eventTypes) {
        targets.check(url);
        if (WebhookSubscription.at(recipient, url) != null) {
            throw ProblemException.conflict("webhook-already-registered", recipient, url);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.recipient = recipient;
        subscription.url = url;
        subscription.eventTypes = String.join(",", eventTypes);
        subscription.createdAt = now;
        subscription.persist();
        WebhookSecret secret = WebhookSecret.madeFor(subscription.id, now);
        secret.persist();
        return new Registered(subscription, secret.secret);
    }

    /**
     * Gives {@code recipient}'s webhook {@code id} a new secret, which signs from now on; the secrets it had sign
     * beside it until the overlap ends. Another's webhook is not found.
     */
    @Transactional
    public Rotated rotateSecret(UUID id, String recipient) {
        // one rotation at a time per webhook, so that it always has exactly one newest secret
        WebhookSubscription subscription = WebhookSubscription.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null || !subscription.recipient.equals(recipient)) {
            throw ProblemException.notFound("webhook", id);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime overlapEnds = now.plus(settings.secretOverlap());
        WebhookSecret.delete("webhookId = ?1 and retiresAt <= ?2", id, now);
        WebhookSecret.update("retiresAt = ?1 where webhookId = ?2 and retiresAt is null", overlapEnds, id);
        WebhookSecret secret = WebhookSecret.madeFor(id, now);
        secret.persist();
        return new Rotated(secret.secret, overlapEnds);
    }

    /**
     * Deletes {@code recipient}'s webhook {@code id}; another's is not found. Its deliveries still under way will not
     * be attempted again: they are dead, with the reason, and cannot be replayed.
     */
    @Transactional
    public void delete(UUID id, String recipient) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null || !subscription.recipient.equals(recipient)) {
            throw ProblemException.notFound("webhook", id);
        }
        entityManager.createNativeQuery("""
                update delivery set status = :dead, last_error = :why
                where channel = :channel and recipient = :recipient and address = :url
                and status in ('PENDING', 'SENDING', 'RETRYING')""")
                .setParameter("dead", DeliveryStatus.DEAD.name())
                .setParameter("why", "The webhook was deleted on " + OffsetDateTime.now(clock))
                .setParameter("channel", Channel.WEBHOOK.code()).setParameter("recipient", subscription.recipient)
                .setParameter("url", subscription.url).executeUpdate();
        subscription.delete();
    }
}
