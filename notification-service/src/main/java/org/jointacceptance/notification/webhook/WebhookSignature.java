package org.jointacceptance.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} of a call, as Standard Webhooks define it: for each key that signs, {@code v1,} and
 * the base64 HMAC-SHA256 of the {@code webhook-id}, a dot, the {@code webhook-timestamp}, a dot and the body, the
 * signatures separated by spaces. The id and the timestamp are signed so that a receiver can drop a call it has had
 * and refuse one replayed long after it was made; several keys sign while a rotated secret's overlap runs.
 */
final class WebhookSignature {

    private static final String VERSION = "v1";

    private WebhookSignature() {
    }

    static String of(List<byte[]> keys, String id, long timestamp, String body) {
        byte[] signed = (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        return keys.stream().map(key -> VERSION + "," + Base64.getEncoder().encodeToString(hmac(key, signed)))
                .collect(Collectors.joining(" "));
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
