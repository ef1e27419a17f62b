package org.jointacceptance.notification.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.notification.delivery.Delivery;
import org.jointacceptance.notification.notice.Recipient;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.notification.notice.Language;
import org.jointacceptance.notification.notice.Notice;

/**
 * Records the webhook calls to make, one per webhook of the recipient that wants the notice, in the transaction that
 * consumes the event, so that none is lost whatever happens to the webhook or to this service; the delivery sender
 * makes them through {@link WebhookTransport}. The body is written here, once: every attempt sends the same JSON,
 * whose {@code id} (also the {@code Webhook-Id} header) lets the receiver drop a call it has had already.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final Event<Delivery.Due> due;

    public WebhookDeliveries(ObjectMapper mapper, Clock clock, Event<Delivery.Due> due) {
        this.mapper = mapper;
        this.clock = clock;
        this.due = due;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventEnvelope envelope, UUID applicationId, Recipient recipient, Language language,
            Notice notice) {
        for (WebhookSubscription webhook : WebhookSubscription.of(recipient.name())) {
            if (webhook.wants(envelope.type())) {
                Delivery delivery = Delivery.pending(Channel.WEBHOOK, envelope, applicationId, recipient.name(),
                        webhook.url, language, notice.subject(), null, OffsetDateTime.now(clock));
                delivery.messageId = delivery.id.toString();
                delivery.body = body(delivery, envelope, notice);
                delivery.persist();
                due.fire(new Delivery.Due());
            }
        }
    }

    /**
     * {@code {id, type, timestamp, eventId, recipient, applicationId, language, subject, body, event}}: the notice as
     * the recipient reads it in the inbox, with the event's own payload for machines.
     */
    private String body(Delivery delivery, EventEnvelope envelope, Notice notice) {
        try {
            ObjectNode json = mapper.createObjectNode()
                    .put("id", delivery.messageId)
                    .put("type", envelope.type())
                    .put("timestamp", envelope.time().toString())
                    .put("eventId", envelope.id())
                    .put("recipient", delivery.recipient)
                    .put("applicationId", delivery.applicationId == null ? null : delivery.applicationId.toString())
                    .put("language", delivery.language)
                    .put("subject", notice.subject())
                    .put("body", notice.body());
            json.set("event", mapper.readTree(envelope.data()));
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The payload of event " + envelope.id() + " was read before; it is JSON", e);
        }
    }
}
