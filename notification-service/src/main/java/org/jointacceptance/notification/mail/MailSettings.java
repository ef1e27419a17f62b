package org.jointacceptance.notification.mail;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Whether notices are mailed, and the staff's mailboxes: {@code notification.mail.*}. How deliveries are sent and
 * retried is {@code notification.delivery.*}, shared with the webhooks.
 */
@ConfigMapping(prefix = "notification.mail")
public interface MailSettings {

    /** Off: no mail is recorded or sent (the local run, which has no SMTP server); the in-app inbox works alike. */
    boolean enabled();

    /** The mailboxes of the staff recipients; an applicant's is the contact email of its application. */
    Recipients recipients();

    interface Recipients {

        Optional<String> coordinator();

        Optional<String> supervisor();

        /** By department code, e.g. {@code notification.mail.recipients.department.fire}. */
        Map<String, String> department();
    }
}
