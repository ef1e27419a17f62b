package org.jointacceptance.notification.mail;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.jointacceptance.problem.ProblemException;

/**
 * One notice on its way to one recipient's mailbox: the one delivery sequence of an event, recipient and channel,
 * with the mail as rendered when the event was consumed, the attempts made and the last failure.
 */
@Entity
public class Delivery extends PanacheEntityBase {

    static final int MAX_ERROR_LENGTH = 1000;

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

    /** The same on every attempt, so that a mail sent twice (a sender died after sending) can be recognised. */
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
            throw ProblemException.conflict("delivery-not-dead", "Delivery " + id + " is " + status
                    + "; only a dead delivery can be replayed");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        dueAt = now;
        replayedBy = coordinator;
        replayReason = reason;
        replayedAt = now;
    }
}
