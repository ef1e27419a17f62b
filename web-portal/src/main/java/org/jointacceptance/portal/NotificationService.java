package org.jointacceptance.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service's inbox of the signed-in user, called with their own token: they see only their own. */
@RegisterRestClient(configKey = "notification-service")
@RegisterClientHeaders(SignedInUser.class)
@Path("/notifications")
public interface NotificationService {

    /** The newest notices first. */
    @GET
    List<Notice> notices(@QueryParam("size") int size);

    @GET
    @Path("/unread-count")
    Unread unread();

    @POST
    @Path("/{id}/read")
    Notice markRead(@PathParam("id") UUID id);

    /** One notice, in the language its recipient chose. */
    record Notice(UUID id, UUID applicationId, String subject, String body, OffsetDateTime createdAt,
            OffsetDateTime readAt) {
    }

    record Unread(long unread) {
    }
}
