package org.jointacceptance.notification.webhook;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * A URL a recipient (a firm, a department) registered to be called with its notices, and the event types it wants
 * (all when none are named); its calls are signed with its {@link WebhookSecret}s.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String recipient;

    public String url;

    /** Comma-separated; empty for every event type. */
    @Column(name = "event_types")
    public String eventTypes;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public List<String> eventTypeList() {
        return eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(","));
    }

    /** True when this webhook wants notices of {@code eventType}. */
    public boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypeList().contains(eventType);
    }

    /** The recipient's webhooks, oldest first. */
    public static List<WebhookSubscription> of(String recipient) {
        return list("recipient", Sort.by("createdAt").and("id"), recipient);
    }

    /** The webhook of {@code recipient} at {@code url}, or null when it is no longer registered. */
    public static WebhookSubscription at(String recipient, String url) {
        return find("recipient = ?1 and url = ?2", recipient, url).firstResult();
    }
}
