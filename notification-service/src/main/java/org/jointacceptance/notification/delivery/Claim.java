package org.jointacceptance.notification.delivery;

import java.util.UUID;

import org.jointacceptance.notification.notice.Channel;

/**
 * One claimed attempt of a delivery: what to send where, and which attempt it is, so that an outcome recorded after
 * the lease ran out (another sender took the delivery over) is noticed and dropped.
 */
public record Claim(UUID delivery, int attempt, Channel channel, String recipient, String address, String subject,
        String body, String messageId) {
}
