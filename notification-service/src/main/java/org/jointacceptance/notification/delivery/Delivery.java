package org.jointacceptance.notification.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.notification.notice.Language;
import org.jointacceptance.problem.ProblemException;

/**
 * One notice on its way to one address of a recipient (a mailbox, a webhook's URL): the one delivery sequence of an
 * event, recipient, channel and address, with what to send as rendered when the event was consumed, the attempts
 * made and the last failure.
 */
@Entity
public class Delivery extends PanacheEntityBase {

    static final int MAX_ERROR_LENGTH = 1000;

    /**
     * Fired in the transaction that made deliveries due at once (recorded, or replayed): once it commits, the sender
     * sends them.
     */
    public record Due() {
    }

    @Id
    public UUID id;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "application_id")
    public UUID applicationId;

    public String recipient;

    public String channel;

    public String address;

    public String language;

    public String subject;

    public String body;

    /**
     * The same on every attempt, so that a notice sent twice (a sender died after sending) can be recognised: the
     * mail's Message-ID, the webhook call's {@code Webhook-Id}.
     */
    @Column(name = "message_id")
    public String messageId;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    /** When the next attempt is due; while {@code SENDING}, when the sender's lease ends. */
    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "replayed_by")
    public String replayedBy;

    @Column(name = "replay_reason")
    public String replayReason;

    @Column(name = "replayed_at")
    public OffsetDateTime replayedAt;

    /**
     * A new delivery, due at once. Its {@link #messageId} is the channel's to set, from the {@link #id}; the caller
     * persists it.
     */
    public static Delivery pending(Channel channel, EventEnvelope envelope, UUID applicationId, String recipient,
            String address, Language language, String subject, String body, OffsetDateTime now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.eventId = envelope.id();
        delivery.eventType = envelope.type();
        delivery.applicationId = applicationId;
        delivery.recipient = recipient;
        delivery.channel = channel.code();
        delivery.address = address;
        delivery.language = language.tag();
        delivery.subject = subject;
        delivery.body = body;
        delivery.status = DeliveryStatus.PENDING;
        delivery.dueAt = now;
        delivery.createdAt = now;
        return delivery;
    }

    /** A sender takes the delivery for one attempt, until {@code now + lease}. */
    void claim(OffsetDateTime now, Duration lease) {
        status = DeliveryStatus.SENDING;
        attempts++;
        lastAttemptAt = now;
        dueAt = now.plus(lease);
    }

    void sent(OffsetDateTime now) {
        status = DeliveryStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** The attempt failed; the next one is due after {@code delay}. */
    void retry(OffsetDateTime now, String error, Duration delay) {
        status = DeliveryStatus.RETRYING;
        dueAt = now.plus(delay);
        lastError = truncated(error);
    }

    /** The last attempt allowed failed. */
    void dead(String error) {
        status = DeliveryStatus.DEAD;
        lastError = truncated(error);
    }

    private static String truncated(String error) {
        return error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    }

    /** A coordinator sends a dead delivery again, with a fresh count of attempts; the reason goes on record. */
    public void replay(String coordinator, String reason, OffsetDateTime now) {
        if (status != DeliveryStatus.DEAD) {
            throw ProblemException.conflict("delivery-not-dead", id, status);
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        dueAt = now;
        replayedBy = coordinator;
        replayReason = reason;
        replayedAt = now;
    }
}
