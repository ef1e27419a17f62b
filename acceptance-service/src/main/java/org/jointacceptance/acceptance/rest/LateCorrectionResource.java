package org.jointacceptance.acceptance.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.jointacceptance.acceptance.coordination.CoordinationRequests.Reasoned;
import org.jointacceptance.acceptance.signature.LeadSignatures;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;

/** The lead center's leader settles a department's correction that came after its round was decided. */
@Path("/applications/{id}/sections/{sectionId}/late-corrections/{correctionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Signature")
@RolesAllowed(Role.LEAD_CENTER)
public class LateCorrectionResource {

    private final LeadSignatures signatures;
    private final ApplicationViews views;
    private final Caller caller;

    public LateCorrectionResource(LeadSignatures signatures, ApplicationViews views, Caller caller) {
        this.signatures = signatures;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @Path("/reopening")
    @Transactional
    @Operation(summary = "Take up a late correction: decide the round again with it",
            description = "The round's standing decisions are withdrawn with the reason and the round decided again "
                    + "with the corrected result, signed by the leader (SectionDecided). An accepted section's "
                    + "opinion and the project's filing are withdrawn with it (their verification says so), and a "
                    + "new opinion is issued if the section is accepted again.")
    @APIResponse(responseCode = "200", description = "The application as it now stands")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such application, section or correction")
    @APIResponse(responseCode = "409", description = "Settled already, the section has moved on to another round, "
            + "or the application was terminated")
    public ApplicationView reopen(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            @PathParam("correctionId") UUID correctionId, @NotNull @Valid Reasoned request) {
        return views.of(signatures.reopen(id, sectionId, correctionId, request.reason(), caller.person())
                .application);
    }

    @POST
    @Path("/standing")
    @Transactional
    @Operation(summary = "Let the decision stand despite a late correction", description = "On the record with the "
            + "reason; the correction no longer waits.")
    @APIResponse(responseCode = "200", description = "The application, its decision unchanged")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such application, section or correction")
    @APIResponse(responseCode = "409", description = "Settled already, or the application was terminated")
    public ApplicationView letStand(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            @PathParam("correctionId") UUID correctionId, @NotNull @Valid Reasoned request) {
        return views.of(signatures.letStand(id, sectionId, correctionId, request.reason(), caller.person())
                .application);
    }
}
