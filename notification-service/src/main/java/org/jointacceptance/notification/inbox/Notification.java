package org.jointacceptance.notification.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One thing one recipient has been told, on one channel, about one event. */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "application_id")
    public UUID applicationId;

    /** Who: {@code applicant:<credit code>}, {@code department:<code>}, {@code coordinator} or {@code supervisor}. */
    public String recipient;

    public String channel;

    public String subject;

    public String body;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    /**
     * How many of the recipient's notifications are unread. A query whose plan Hibernate keeps: Panache's
     * {@code count} translates its query again on every call.
     */
    public static long unread(String recipient) {
        return getEntityManager().createQuery(
                "select count(*) from Notification where recipient = ?1 and readAt is null", Long.class)
                .setParameter(1, recipient).getSingleResult();
    }
}
