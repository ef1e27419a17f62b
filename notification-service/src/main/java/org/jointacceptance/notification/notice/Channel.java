package org.jointacceptance.notification.notice;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a notice reaches its recipient: the service's own inbox, their mailbox, or a webhook they registered. The
 * inbox holds its notices itself; the other channels are delivered: each notice becomes a delivery that the sender
 * attempts, retries and, at worst, leaves dead for a coordinator to replay.
 */
public enum Channel {

    IN_APP("in-app", false),
    EMAIL("email", true),
    WEBHOOK("webhook", true);

    private final String code;
    private final boolean delivered;

    Channel(String code, boolean delivered) {
        this.code = code;
        this.delivered = delivered;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** True when this channel's notices go out as deliveries, with attempts, retries and a log. */
    public boolean delivered() {
        return delivered;
    }

    public static Optional<Channel> of(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code.equals(code)).findFirst();
    }

    /** The channels whose notices are deliveries. */
    public static List<Channel> deliveredChannels() {
        return Arrays.stream(values()).filter(Channel::delivered).toList();
    }
}
