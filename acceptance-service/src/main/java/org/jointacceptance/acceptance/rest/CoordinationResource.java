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
import org.jointacceptance.acceptance.coordination.CoordinationRequests;
import org.jointacceptance.acceptance.coordination.CoordinationService;
import org.jointacceptance.acceptance.intake.IntakeService;
import org.jointacceptance.acceptance.intake.ReviewReturn;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;

/**
 * The lead coordinator's interventions on an application, the window officer's review among them; each goes on the
 * timeline and in the audit log, every other one with its reason.
 */
@Path("/applications/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination")
@RolesAllowed(Role.COORDINATOR)
public class CoordinationResource {

    private final CoordinationService coordination;
    private final IntakeService intake;
    private final ApplicationViews views;
    private final Caller caller;

    public CoordinationResource(CoordinationService coordination, IntakeService intake, ApplicationViews views,
            Caller caller) {
        this.coordination = coordination;
        this.intake = intake;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @Path("/sections/{sectionId}/routing")
    @Transactional
    @Operation(summary = "Add a department to a section's current round, or withdraw one",
            description = "The department concerned is told through the event catalogue (RoutingChanged, and an "
                    + "InspectionRequested for an added department).")
    @APIResponse(responseCode = "409", description = "Not possible in the section's state")
    public ApplicationView changeRouting(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            @NotNull @Valid CoordinationRequests.RoutingChange change) {
        return views.of(coordination.changeRouting(id, sectionId, change, caller.person()).application);
    }

    @POST
    @Path("/review/confirmation")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @Operation(summary = "Confirm the window's review of a complete submission (形式审查)",
            description = "The window accepts the application today, and the joint stage's clock starts (IntakeDecided).")
    @APIResponse(responseCode = "409", description = "The application does not await a review")
    public ApplicationView confirmReview(@PathParam("id") UUID id) {
        return views.of(intake.confirmReview(id, caller.person()));
    }

    @POST
    @Path("/review/return")
    @Transactional
    @Operation(summary = "Return a submission for correction, naming what is wrong with which material",
            description = "The materials listed make the correction notice (IntakeDecided, CORRECTION_REQUIRED); their "
                    + "files no longer count, and the firm uploads others and submits again.")
    @APIResponse(responseCode = "400", description = "A material the application has no file of, or one named twice")
    @APIResponse(responseCode = "409", description = "The application does not await a review")
    public ApplicationView returnForCorrection(@PathParam("id") UUID id, @NotNull @Valid ReviewReturn returned) {
        return views.of(intake.returnForCorrection(id, returned, caller.person()));
    }

    @POST
    @Path("/key-project")
    @Transactional
    @Operation(summary = "Put an application on the green channel as a key project",
            description = "Its stage gets the shorter limit (acceptance.clock.key-project-working-days) and each "
                    + "inspection still awaited its scaled share, never later than the due date it had "
                    + "(KeyProjectMarked, DueDateChanged); it comes first in every inbox and board, and its deadline "
                    + "warnings reach the supervisors too.")
    @APIResponse(responseCode = "409", description = "Already a key project, or decided or ended")
    public ApplicationView markKeyProject(@PathParam("id") UUID id,
            @NotNull @Valid CoordinationRequests.Reasoned request) {
        return views.of(coordination.markKeyProject(id, request, caller.person()));
    }

    @POST
    @Path("/termination")
    @Transactional
    @Operation(summary = "Terminate an application before its decision")
    @APIResponse(responseCode = "409", description = "Already accepted or terminated")
    public ApplicationView terminate(@PathParam("id") UUID id, @NotNull @Valid CoordinationRequests.Reasoned request) {
        return views.of(coordination.terminate(id, request, caller.person()));
    }

    @POST
    @Path("/sections/{sectionId}/reopening")
    @Transactional
    @Operation(summary = "Reopen a rejected section for one more round")
    @APIResponse(responseCode = "409", description = "The section is not rejected, or another application has applied "
            + "for the project's section since")
    public ApplicationView reopen(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            @NotNull @Valid CoordinationRequests.Reasoned request) {
        return views.of(coordination.reopen(id, sectionId, request, caller.person()).application);
    }
}
