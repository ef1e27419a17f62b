package org.jointacceptance.portal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The signed-in user's notices: what the system told them (intake, decisions, rectification notices, deadlines), newest
 * first, the unread ones marked, each one marked read with a button.
 */
@Path("/notices")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NoticesPage {

    /** As many as a page shows; older ones stay in the inbox. */
    private static final int SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notices(List<NotificationService.Notice> notices);
    }

    private final NotificationService notifications;
    private final LiveNotices live;
    private final PageContext page;
    private final AccessTokenCredential token;

    NoticesPage(@RestClient NotificationService notifications, @RestClient LiveNotices live, PageContext page,
            AccessTokenCredential token) {
        this.notifications = notifications;
        this.live = live;
        this.page = page;
        this.token = token;
    }

    @GET
    public TemplateInstance list() {
        return page.render(Templates.notices(notifications.notices(SHOWN)));
    }

    /**
     * New notices as they arrive (Server-Sent Events, for the pages' script to update the unread count): the
     * notification-service stream, passed through with the user's own token; a reconnecting browser's
     * {@code Last-Event-ID} first gets what it missed.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        return live.follow("Bearer " + token.getToken(), lastEventId)
                .map(event -> sse.newEventBuilder().id(event.id()).name(event.name()).data(event.data()).build());
    }

    /** Marks one notice read and shows the inbox again (a form's POST, answered with a redirect). */
    @POST
    @Path("/{id}/read")
    public Response markRead(@PathParam("id") UUID id) {
        notifications.markRead(id);
        return Response.seeOther(URI.create("/notices#notice-" + id)).build();
    }
}
