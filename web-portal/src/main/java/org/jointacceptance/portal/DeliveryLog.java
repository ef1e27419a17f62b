package org.jointacceptance.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * notification-service's delivery log, called with the coordinator's own token: every mail and webhook call, where it
 * stands and why it failed, and the replay of a dead one.
 */
@RegisterRestClient(configKey = "notification-service")
@RegisterClientHeaders(SignedInUser.class)
@Path("/deliveries")
public interface DeliveryLog {

    /** The newest first, filtered (null: not filtered). */
    @GET
    List<Delivery> deliveries(@QueryParam("applicationId") String application, @QueryParam("status") String status,
            @QueryParam("channel") String channel, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    Delivery delivery(@PathParam("id") UUID id);

    /** Sends a dead delivery again; the reason stays on it. */
    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    Delivery replay(@PathParam("id") UUID id, Replay replay);

    record Replay(String reason) {
    }

    /** One mail or webhook call. */
    record Delivery(UUID id, String eventType, UUID applicationId, String recipient, String channel, String address,
            String subject, String status, int attempts, String lastError, OffsetDateTime createdAt,
            OffsetDateTime lastAttemptAt, OffsetDateTime sentAt, String replayedBy, String replayReason,
            OffsetDateTime replayedAt) {

        public boolean dead() {
            return "DEAD".equals(status);
        }

        /** Who it is for, by kind: {@code applicant}, {@code department}, {@code coordinator}, {@code supervisor}. */
        public String recipientKind() {
            int colon = recipient.indexOf(':');
            return colon < 0 ? recipient : recipient.substring(0, colon);
        }

        /** The firm's credit code or the department's code; empty for the lead center's own. */
        public String recipientName() {
            int colon = recipient.indexOf(':');
            return colon < 0 ? "" : recipient.substring(colon + 1);
        }
    }
}
