package org.jointacceptance.portal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jointacceptance.portal.ApplicationPage.PageProblems;

/**
 * The coordinators' delivery log: every mail and webhook call to firms, departments and the lead center, newest
 * first, where it stands and why it failed; a dead one is sent again with the reason it should succeed now.
 * notification-service decides who may read it (coordinators: it shows every recipient's addresses).
 */
@Path("/deliveries")
@RolesAllowed("coordinator")
@Produces(MediaType.TEXT_HTML)
public class DeliveriesPage {

    static final List<String> STATUSES = List.of("DEAD", "RETRYING", "PENDING", "SENDING", "SENT");
    static final List<String> CHANNELS = List.of("email", "webhook");
    private static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deliveries(List<DeliveryLog.Delivery> deliveries, Filter filter,
                PageProblems problems);

        static native TemplateInstance delivery(DeliveryLog.Delivery delivery, Filter filter, PageProblems problems);
    }

    private final DeliveryLog log;
    private final PageContext page;

    DeliveriesPage(@RestClient DeliveryLog log, PageContext page) {
        this.log = log;
        this.page = page;
    }

    @GET
    public TemplateInstance deliveries(@QueryParam("application") String application,
            @QueryParam("status") String status, @QueryParam("channel") String channel,
            @QueryParam("page") String number) {
        return shown(Filter.of(application, status, channel, number), PageProblems.NONE);
    }

    /** One delivery: where a replayed one is followed until it is delivered or dead again. */
    @GET
    @Path("/{id}")
    public TemplateInstance delivery(@PathParam("id") UUID id) {
        return page.render(Templates.delivery(log.delivery(id), Filter.of(null, null, null, null),
                PageProblems.NONE));
    }

    /** Sends the dead delivery again, with the coordinator's reason, and shows it, on its way. */
    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replay(@PathParam("id") UUID id, @RestForm String reason, @RestForm String application,
            @RestForm String status, @RestForm String channel) {
        Filter filter = Filter.of(application, status, channel, null);
        String field = "replay-" + id;
        if (reason == null || reason.isBlank()) {
            return again(filter, field, page.leadCenterWords().replayReasonNeeded());
        }
        try {
            log.replay(id, new DeliveryLog.Replay(reason.strip()));
        } catch (WebApplicationException refusal) {
            return again(filter, field, ServiceProblem.of(refusal).said());
        }
        return Response.seeOther(URI.create("/deliveries/" + id)).build();
    }

    private TemplateInstance shown(Filter filter, PageProblems problems) {
        return page.render(Templates.deliveries(log.deliveries(blankToNull(filter.application()),
                blankToNull(filter.status()), blankToNull(filter.channel()), filter.page(), filter.size()), filter,
                problems));
    }

    private Response again(Filter filter, String field, String problem) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(shown(filter, PageProblems.with(Map.of(field, problem))).render()).build();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** What the log is filtered by (empty when not: an application, a state, a channel) and which page is shown. */
    public record Filter(String application, String status, String channel, int page) {

        private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

        static Filter of(String application, String status, String channel, String page) {
            return new Filter(application != null && application.matches(UUID_PATTERN) ? application : "",
                    status != null && STATUSES.contains(status) ? status : "",
                    channel != null && CHANNELS.contains(channel) ? channel : "",
                    page != null && page.matches("[0-9]{1,4}") ? Integer.parseInt(page) : 0);
        }

        public List<String> statuses() {
            return STATUSES;
        }

        public List<String> channels() {
            return CHANNELS;
        }

        /** The filter as a query string, from {@code ?}; empty when not filtered. */
        public String query() {
            String query = (application.isEmpty() ? "" : "&application=" + application)
                    + (status.isEmpty() ? "" : "&status=" + status) + (channel.isEmpty() ? "" : "&channel=" + channel);
            return query.isEmpty() ? "" : "?" + query.substring(1);
        }

        /** How many deliveries a page shows. */
        public int size() {
            return PAGE_SIZE;
        }

        /** The query of the page before this one (newer deliveries). */
        public String newer() {
            return pageQuery(page - 1);
        }

        /** The query of the page after this one (older deliveries). */
        public String older() {
            return pageQuery(page + 1);
        }

        private String pageQuery(int number) {
            String query = query();
            return (query.isEmpty() ? "?" : query + "&") + "page=" + number;
        }
    }
}
