package org.jointacceptance.notification.webhook;

import org.jointacceptance.problem.ProblemException;

/**
 * A webhook's URL that this service will not call, with the reason: not HTTPS, or a host that resolves inside the
 * network (loopback, private, link-local, metadata services) and is not allow-listed. Refused at registration with a
 * 422 problem; at a send, the attempt fails with the reason.
 */
public class WebhookUrlRefusedException extends ProblemException {

    /** Refused for the reason the catalogue words under {@code webhook-url-refused.<reason>}. */
    public WebhookUrlRefusedException(String reason, Object... facts) {
        super("webhook-url-refused", "webhook-url-refused." + reason, 422, facts);
    }
}
