package org.jointacceptance.notification.webhook;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jointacceptance.problem.Problem;

/** A refused webhook URL is answered as a problem that says why. */
public class WebhookProblems {

    @ServerExceptionMapper
    public Response urlRefused(WebhookUrlRefusedException exception, UriInfo uri) {
        return Problem.of("webhook-url-refused", "Webhook URL refused", 422, exception.getMessage())
                .at(uri.getRequestUri()).toResponse();
    }
}
