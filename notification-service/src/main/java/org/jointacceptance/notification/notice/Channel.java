package org.jointacceptance.notification.notice;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a notice reaches its recipient: the service's own inbox, or their mailbox. */
public enum Channel {

    IN_APP("in-app"),
    EMAIL("email");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Channel> of(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code.equals(code)).findFirst();
    }
}
