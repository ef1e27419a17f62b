package org.jointacceptance.notification.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.notification.delivery.Delivery;
import org.jointacceptance.notification.notice.Recipient;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.notification.notice.Language;
import org.jointacceptance.notification.notice.Notice;

/**
 * Records the mails to send, in the transaction that consumes their event, so that none is lost whatever happens
 * to the SMTP server or to this service afterwards; the delivery sender works them off through {@link MailTransport}.
 */
@ApplicationScoped
public class MailDeliveries {

    private static final Logger LOG = Logger.getLogger(MailDeliveries.class);
    private static final String MESSAGE_ID_DOMAIN = "notification.jointacceptance.org";

    private final MailSettings settings;
    private final Clock clock;
    private final Event<Delivery.Due> due;

    public MailDeliveries(MailSettings settings, Clock clock, Event<Delivery.Due> due) {
        this.settings = settings;
        this.clock = clock;
        this.due = due;
    }

    /** Records the mail of {@code notice} to {@code recipient}, when the channel is on and they have an address. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventEnvelope envelope, UUID applicationId, Recipient recipient, Language language,
            Notice notice) {
        if (!settings.enabled()) {
            return;
        }
        Optional<String> address = address(recipient);
        if (address.isEmpty()) {
            LOG.debugf("No mailbox known for %s; %s is not mailed", recipient.name(), envelope.type());
            return;
        }
        Delivery delivery = Delivery.pending(Channel.EMAIL, envelope, applicationId, recipient.name(), address.get(),
                language, notice.subject(), notice.body(), OffsetDateTime.now(clock));
        delivery.messageId = "<" + delivery.id + "@" + MESSAGE_ID_DOMAIN + ">";
        delivery.persist();
        due.fire(new Delivery.Due());
    }

    private Optional<String> address(Recipient recipient) {
        MailSettings.Recipients staff = settings.recipients();
        Optional<String> address;
        if (recipient.equals(Recipient.COORDINATOR)) {
            address = staff.coordinator();
        } else if (recipient.equals(Recipient.SUPERVISOR)) {
            address = staff.supervisor();
        } else if (recipient.name().startsWith(Recipient.DEPARTMENT_PREFIX)) {
            address = Optional.ofNullable(staff.department().get(
                    recipient.name().substring(Recipient.DEPARTMENT_PREFIX.length())));
        } else {
            address = Optional.ofNullable(recipient.contactEmail());
        }
        return address.filter(mailbox -> !mailbox.isBlank());
    }
}
