package org.jointacceptance.notification.delivery;

import io.smallrye.mutiny.Uni;
import org.jointacceptance.notification.notice.Channel;

/**
 * Carries a claimed delivery over one channel: to the SMTP server, or to the subscriber's webhook. The sender records
 * what came of it, retries and gives up; a transport only makes one attempt.
 */
public interface Transport {

    Channel channel();

    /** False when the channel is switched off by configuration: its deliveries are neither recorded nor sent. */
    boolean enabled();

    /** One attempt; the Uni fails, with a message saying why, when the other side did not take the delivery. */
    Uni<Void> send(Claim claim);
}
