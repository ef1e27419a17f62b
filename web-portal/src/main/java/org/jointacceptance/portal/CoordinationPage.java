package org.jointacceptance.portal;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A coordinator's interventions on one application, from its page: a department added to a section's current round or
 * withdrawn from it, a rejected section reopened for one more round, the application terminated. Each asks for the
 * reason, which acceptance-service keeps on the timeline and in the audit log and tells those concerned.
 */
@Path("/applications/{id}/coordination")
@RolesAllowed("coordinator")
@Produces(MediaType.TEXT_HTML)
public class CoordinationPage {

    private final AcceptanceService acceptance;
    private final PageContext page;

    CoordinationPage(@RestClient AcceptanceService acceptance, PageContext page) {
        this.acceptance = acceptance;
        this.page = page;
    }

    @POST
    @Path("/routing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response routing(@PathParam("id") UUID id, @RestForm UUID section, @RestForm String change,
            @RestForm String department, @RestForm String reason) {
        return act(id, () -> acceptance.changeRouting(id, section,
                new AcceptanceService.RoutingChange(change, department, blankToNull(reason))));
    }

    @POST
    @Path("/reopening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopening(@PathParam("id") UUID id, @RestForm UUID section, @RestForm String reason) {
        return act(id, () -> acceptance.reopen(id, section, new AcceptanceService.Reasoned(blankToNull(reason))));
    }

    @POST
    @Path("/key-project")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response keyProject(@PathParam("id") UUID id, @RestForm String reason) {
        return act(id, () -> acceptance.markKeyProject(id, new AcceptanceService.Reasoned(blankToNull(reason))));
    }

    @POST
    @Path("/termination")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response termination(@PathParam("id") UUID id, @RestForm String reason) {
        return act(id, () -> acceptance.terminate(id, new AcceptanceService.Reasoned(blankToNull(reason))));
    }

    /** Does it, then shows the application; a refusal is shown in the coordination part of the page. */
    private Response act(UUID id, Runnable intervention) {
        try {
            intervention.run();
        } catch (WebApplicationException refusal) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(ApplicationPage.shown(acceptance, page, id,
                    ApplicationPage.PageProblems.with(Map.of("coordination", ServiceProblem.of(refusal).said())))
                    .render()).build();
        }
        return Response.seeOther(URI.create("/applications/" + id + "#coordination")).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
