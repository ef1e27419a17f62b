package org.jointacceptance.portal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
 * A coordinator's interventions on one application, from its page: the window officer's review (confirmed, or the
 * file returned naming what is wrong with which material), a section's joint site visit proposed, a department added to a section's current round or
 * withdrawn from it, a rejected section reopened for one more round, the application terminated. Each but the
 * confirmation asks for the reason or the remark, which acceptance-service keeps on the timeline and in the audit log
 * and tells those concerned.
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
        return act(id, "coordination", () -> acceptance.changeRouting(id, section,
                new AcceptanceService.RoutingChange(change, department, blankToNull(reason))));
    }

    @POST
    @Path("/reopening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopening(@PathParam("id") UUID id, @RestForm UUID section, @RestForm String reason) {
        return act(id, "coordination", () -> acceptance.reopen(id, section, new AcceptanceService.Reasoned(blankToNull(reason))));
    }

    @POST
    @Path("/joint-visit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response jointVisit(@PathParam("id") UUID id, @RestForm UUID section, @RestForm String date,
            @RestForm String time, @RestForm String meetingPoint, @RestForm String reason) {
        return act(id, "joint-visit-" + section, () -> acceptance.proposeJointVisit(id, section,
                new AcceptanceService.JointVisitProposal(blankToNull(date), blankToNull(time),
                        blankToNull(meetingPoint), blankToNull(reason))));
    }

    @POST
    @Path("/review/confirmation")
    public Response confirmReview(@PathParam("id") UUID id) {
        return act(id, "review", () -> acceptance.confirmReview(id));
    }

    /**
     * The review form lists each material the firm supplied, in order: its type, the problem found (blank: none)
     * and the officer's remark. Those with a problem are returned.
     */
    @POST
    @Path("/review/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnForCorrection(@PathParam("id") UUID id, @RestForm List<String> type,
            @RestForm List<String> problem, @RestForm List<String> remark) {
        List<AcceptanceService.ReturnedMaterial> returned = new ArrayList<>();
        for (int i = 0; i < type.size() && i < problem.size(); i++) {
            if (!problem.get(i).isBlank()) {
                returned.add(new AcceptanceService.ReturnedMaterial(type.get(i), problem.get(i),
                        i < remark.size() ? blankToNull(remark.get(i)) : null));
            }
        }
        return act(id, "review", () -> acceptance.returnForCorrection(id,
                new AcceptanceService.ReviewReturn(returned)));
    }

    @POST
    @Path("/key-project")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response keyProject(@PathParam("id") UUID id, @RestForm String reason) {
        return act(id, "coordination", () -> acceptance.markKeyProject(id, new AcceptanceService.Reasoned(blankToNull(reason))));
    }

    @POST
    @Path("/termination")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response termination(@PathParam("id") UUID id, @RestForm String reason) {
        return act(id, "coordination", () -> acceptance.terminate(id, new AcceptanceService.Reasoned(blankToNull(reason))));
    }

    /** Does it, then shows the application at {@code part}; a refusal is shown in that part of the page. */
    private Response act(UUID id, String part, Runnable intervention) {
        try {
            intervention.run();
        } catch (WebApplicationException refusal) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(ApplicationPage.shown(acceptance, page, id,
                    ApplicationPage.PageProblems.with(Map.of(part, ServiceProblem.of(refusal).said()))).render())
                    .build();
        }
        return Response.seeOther(URI.create("/applications/" + id + "#" + part)).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
