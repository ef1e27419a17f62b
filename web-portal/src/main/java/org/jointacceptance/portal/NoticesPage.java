package org.jointacceptance.portal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
    private final PageContext page;

    NoticesPage(@RestClient NotificationService notifications, PageContext page) {
        this.notifications = notifications;
        this.page = page;
    }

    @GET
    public TemplateInstance list() {
        return page.render(Templates.notices(notifications.notices(SHOWN)));
    }

    /** Marks one notice read and shows the inbox again (a form's POST, answered with a redirect). */
    @POST
    @Path("/{id}/read")
    public Response markRead(@PathParam("id") UUID id) {
        notifications.markRead(id);
        return Response.seeOther(URI.create("/notices#notice-" + id)).build();
    }
}
