package org.jointacceptance.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import org.jointacceptance.notification.delivery.Claim;
import org.jointacceptance.notification.delivery.Transport;
import org.jointacceptance.notification.notice.Channel;

/** Mails a delivery through SMTP, under the delivery's Message-ID so that a copy sent twice can be recognised. */
@ApplicationScoped
public class MailTransport implements Transport {

    private final ReactiveMailer mailer;
    private final MailSettings settings;

    public MailTransport(ReactiveMailer mailer, MailSettings settings) {
        this.mailer = mailer;
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public Uni<Void> send(Claim claim) {
        return mailer.send(Mail.withText(claim.address(), claim.subject(), claim.body())
                .addHeader("Message-ID", claim.messageId()));
    }
}
