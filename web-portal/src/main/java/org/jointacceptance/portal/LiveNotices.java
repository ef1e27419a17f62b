package org.jointacceptance.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.SseEvent;

/**
 * notification-service's live stream of the signed-in user's new notices. The token is passed with the call, not by
 * {@link SignedInUser}: the stream is read long after the request that opened it has its context.
 */
@RegisterRestClient(configKey = "notification-stream")
@Path("/notifications/stream")
public interface LiveNotices {

    /** Each new notice as an event named {@code notification}; after {@code lastEventId}, the ones missed first. */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> follow(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Last-Event-ID") String lastEventId);
}
