package org.jointacceptance.notification.dispatch;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.notification.inbox.Notification;
import org.jointacceptance.notification.mail.MailDeliveries;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.notification.notice.Language;
import org.jointacceptance.notification.notice.Notice;
import org.jointacceptance.notification.notice.NoticeTemplates;
import org.jointacceptance.notification.notice.NoticeType;
import org.jointacceptance.notification.notice.Recipient;
import org.jointacceptance.notification.preference.Preferences;
import org.jointacceptance.notification.webhook.WebhookDeliveries;

/**
 * Tells one recipient of one event: renders the notice in the recipient's language and records it on every channel
 * they have not switched it off on (every channel, for a notice the law requires), in the transaction that consumes
 * the event.
 */
@ApplicationScoped
public class Notices {

    private final NoticeTemplates templates;
    private final Preferences preferences;
    private final MailDeliveries mail;
    private final WebhookDeliveries webhooks;
    private final Clock clock;

    public Notices(NoticeTemplates templates, Preferences preferences, MailDeliveries mail, WebhookDeliveries webhooks,
            Clock clock) {
        this.templates = templates;
        this.preferences = preferences;
        this.mail = mail;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** Tells {@code recipient} of {@code event}; {@code context} adds what the template needs beyond the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(EventEnvelope envelope, UUID applicationId, Record event, Recipient recipient,
            Map<String, Object> context) {
        NoticeType type = NoticeType.of(event);
        Language language = preferences.language(recipient.name());
        Map<String, Object> data = new HashMap<>(context);
        data.put("event", event);
        data.put("recipient", recipient.name());
        Notice notice = templates.render(type, language, data);
        boolean required = type.requiredByLaw(event);
        Set<Preferences.Switch> switchedOff = preferences.switchedOff(recipient.name());
        if (required || !switchedOff.contains(new Preferences.Switch(Channel.IN_APP, type))) {
            inApp(envelope, applicationId, recipient, notice);
        }
        if (required || !switchedOff.contains(new Preferences.Switch(Channel.EMAIL, type))) {
            mail.record(envelope, applicationId, recipient, language, notice);
        }
        if (required || !switchedOff.contains(new Preferences.Switch(Channel.WEBHOOK, type))) {
            webhooks.record(envelope, applicationId, recipient, language, notice);
        }
    }

    public void tell(EventEnvelope envelope, UUID applicationId, Record event, Recipient recipient) {
        tell(envelope, applicationId, event, recipient, Map.of());
    }

    private void inApp(EventEnvelope envelope, UUID applicationId, Recipient recipient, Notice notice) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.eventId = envelope.id();
        notification.eventType = envelope.type();
        notification.applicationId = applicationId;
        notification.recipient = recipient.name();
        notification.channel = Channel.IN_APP.code();
        notification.subject = notice.subject();
        notification.body = notice.body();
        notification.createdAt = OffsetDateTime.now(clock);
        notification.persist();
    }
}
