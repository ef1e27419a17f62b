package org.jointacceptance.notification.webhook;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * A secret a webhook's calls are signed with, written as Standard Webhooks write them: {@code whsec_} and the key in
 * standard base64. It signs until it retires, at the end of the overlap of the rotation that replaced it.
 */
@Entity
@Table(name = "webhook_secret")
public class WebhookSecret extends PanacheEntityBase {

    private static final String PREFIX = "whsec_";
    /** Standard Webhooks ask for 24 to 64 random bytes. */
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "webhook_id")
    public UUID webhookId;

    public String secret;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** Null while it is the webhook's newest secret. */
    @Column(name = "retires_at")
    public OffsetDateTime retiresAt;

    /** A new random secret for {@code webhookId}, signing from {@code now} on. */
    static WebhookSecret madeFor(UUID webhookId, OffsetDateTime now) {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        WebhookSecret made = new WebhookSecret();
        made.webhookId = webhookId;
        made.secret = PREFIX + Base64.getEncoder().encodeToString(key);
        made.createdAt = now;
        return made;
    }

    /** The HMAC-SHA256 key: the bytes the secret writes in base64 after its prefix. */
    byte[] key() {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    /** The secrets that sign {@code webhookId}'s calls at {@code now}, newest first. */
    static List<WebhookSecret> signing(UUID webhookId, OffsetDateTime now) {
        return list("webhookId = ?1 and (retiresAt is null or retiresAt > ?2)",
                Sort.descending("createdAt", "id"), webhookId, now);
    }
}
