package org.jointacceptance.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call, after the Standard Webhooks scheme: HMAC-SHA256, keyed with the subscription's
 * secret (its UTF-8 bytes, as returned at registration), over the {@code Webhook-Timestamp} header, a dot and the
 * body, as lower-case hex in {@code Webhook-Signature: v1=<hex>}. The timestamp is signed so that a receiver can
 * refuse a call replayed long after it was made.
 */
final class WebhookSignature {

    static final String VERSION = "v1";

    private WebhookSignature() {
    }

    /** The {@code Webhook-Signature} header's value. */
    static String of(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return VERSION + "=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
