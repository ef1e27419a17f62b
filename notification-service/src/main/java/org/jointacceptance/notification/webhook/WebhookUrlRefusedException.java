package org.jointacceptance.notification.webhook;

/**
 * A webhook's URL that this service will not call, with the reason: not HTTPS, or a host that resolves inside the
 * network (loopback, private, link-local, metadata services) and is not allow-listed. Refused at registration with a
 * 422; at a send, the attempt fails with the reason.
 */
public class WebhookUrlRefusedException extends RuntimeException {

    public WebhookUrlRefusedException(String reason) {
        super(reason);
    }
}
