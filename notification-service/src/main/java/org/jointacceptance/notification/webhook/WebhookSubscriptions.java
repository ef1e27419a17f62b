package org.jointacceptance.notification.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jointacceptance.notification.delivery.DeliveryStatus;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.problem.ProblemException;

/**
 * Registers and deletes webhooks. The URL is checked at registration (and again at every call); the secret is made
 * here, from 32 random bytes, so that it is as strong as the signature needs whatever the subscriber would choose.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SECRET_PREFIX = "whsec_";

    private final WebhookTargets targets;
    private final EntityManager entityManager;
    private final Clock clock;

    public WebhookSubscriptions(WebhookTargets targets, EntityManager entityManager, Clock clock) {
        this.targets = targets;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Registers {@code url} for {@code recipient}'s notices of {@code eventTypes} (all, when empty). */
    @Transactional
    public WebhookSubscription register(String recipient, String url, List<String> eventTypes) {
        targets.check(url);
        if (WebhookSubscription.at(recipient, url) != null) {
            throw ProblemException.conflict("webhook-already-registered", recipient, url);
        }
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.recipient = recipient;
        subscription.url = url;
        subscription.secret = newSecret();
        subscription.eventTypes = String.join(",", eventTypes);
        subscription.createdAt = OffsetDateTime.now(clock);
        subscription.persist();
        return subscription;
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

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
