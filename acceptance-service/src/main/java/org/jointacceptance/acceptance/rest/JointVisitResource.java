package org.jointacceptance.acceptance.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.visit.JointVisitRequest;
import org.jointacceptance.acceptance.visit.JointVisits;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;

/** The joint site visit (集中验收) of a section, as the lead center's coordinator proposes it. */
@Path("/applications/{id}/sections/{sectionId}/joint-visit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Joint site visit")
@RolesAllowed(Role.COORDINATOR)
public class JointVisitResource {

    private final JointVisits visits;
    private final Caller caller;

    public JointVisitResource(JointVisits visits, Caller caller) {
        this.visits = visits;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Propose the section's joint site visit, or another slot for it",
            description = "One visit of the section for its round: a working day of the official calendar, a time "
                    + "(Beijing time) and a meeting point. Every department whose result of the round is awaited "
                    + "is asked (JointVisitProposed) and confirms it or asks for another slot; once all have "
                    + "confirmed it is fixed and announced (JointVisitFixed). A new proposal replaces the one before "
                    + "it; moving a fixed visit needs a reason. The same slot again changes nothing.")
    @APIResponse(responseCode = "200", description = "The visit as now proposed (the section's joint visit)")
    @APIResponse(responseCode = "404", description = "No such application or section")
    @APIResponse(responseCode = "409", description = "The section is not being inspected, or no department's "
            + "result is awaited")
    @APIResponse(responseCode = "422", description = "Not a working day, in the past, a fixed visit moved without a "
            + "reason, or the calendar of that year is not loaded")
    public JointVisitView propose(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            @NotNull @Valid JointVisitRequest request) {
        return JointVisitView.of(visits.propose(id, sectionId, request, caller.person()));
    }
}
