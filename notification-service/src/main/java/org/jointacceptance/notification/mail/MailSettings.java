package org.jointacceptance.notification.mail;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** How the email channel runs: {@code notification.mail.*}, with its defaults in application.properties. */
@ConfigMapping(prefix = "notification.mail")
public interface MailSettings {

    /** Off: no mail is recorded or sent (the local run, which has no SMTP server); the in-app inbox works alike. */
    boolean enabled();

    /** The mailboxes of the staff recipients; an applicant's is the contact email of its application. */
    Recipients recipients();

    /** How many times a delivery is attempted before it is dead, and how long it waits in between. */
    Retry retry();

    /** How often the sender looks for due deliveries ({@code off}: never); read by its {@code @Scheduled}. */
    String sendEvery();

    /** How often the backlog metrics are counted again; read by their {@code @Scheduled}. */
    String metricsEvery();

    /** How long a sender holds a claimed delivery; a sender that died mid-send loses it after this. */
    Duration lease();

    /** How long one SMTP send may take; shorter than the lease. */
    Duration sendTimeout();

    /** How many deliveries a sender claims at once. */
    int batchSize();

    interface Recipients {

        Optional<String> coordinator();

        Optional<String> supervisor();

        /** By department code, e.g. {@code notification.mail.recipients.department.fire}. */
        Map<String, String> department();
    }

    interface Retry {

        int maxAttempts();

        /** The wait after the first failed attempt; it doubles after each further one, up to {@link #maxDelay()}. */
        Duration initialDelay();

        Duration maxDelay();
    }
}
