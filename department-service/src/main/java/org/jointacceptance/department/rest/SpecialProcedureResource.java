package org.jointacceptance.department.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.procedure.CloseProcedureRequest;
import org.jointacceptance.department.procedure.OpenProcedureRequest;
import org.jointacceptance.department.procedure.SpecialProcedure;
import org.jointacceptance.department.procedure.SpecialProcedureService;

/** Special procedures of an inspection (expert review, testing, hearing): their time does not count. */
@Path("/inspections/{id}/special-procedures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Special procedures")
public class SpecialProcedureResource {

    private final SpecialProcedureService procedures;
    private final Caller caller;

    public SpecialProcedureResource(SpecialProcedureService procedures, Caller caller) {
        this.procedures = procedures;
        this.caller = caller;
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Operation(summary = "The inspection's special procedures, oldest first")
    @APIResponse(responseCode = "200", description = "The procedures")
    @APIResponse(responseCode = "404", description = "No such inspection")
    public List<SpecialProcedureView> list(@PathParam("id") UUID id) {
        Inspection.existing(id);
        return SpecialProcedure.of(id).stream().map(SpecialProcedureView::of).toList();
    }

    @RolesAllowed(Role.INSPECTOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a special procedure", description = "Announced with its expected duration "
            + "(SpecialProcedureOpened) so that the coordinator's clock leaves it out. One at a time; no result is "
            + "submitted while it is open.")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "400", description = "The request is malformed")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "One is already open, or the result is submitted")
    public Response open(@PathParam("id") UUID id, @NotNull @Valid OpenProcedureRequest request) {
        SpecialProcedure procedure = procedures.open(id, caller.name(), request);
        return Response.status(201)
                .header("Location", "/inspections/" + id + "/special-procedures/" + procedure.id)
                .entity(SpecialProcedureView.of(procedure)).build();
    }

    @RolesAllowed(Role.INSPECTOR)
    @POST
    @Path("/{procedureId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the special procedure", description = "The clock resumes: SpecialProcedureClosed "
            + "says how many working days it held, and the inspection's due date moves out by as many.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "400", description = "The request is malformed")
    @APIResponse(responseCode = "404", description = "No such inspection or procedure")
    @APIResponse(responseCode = "409", description = "Already closed")
    @APIResponse(responseCode = "422", description = "The calendar of the year is not loaded")
    public SpecialProcedureView close(@PathParam("id") UUID id, @PathParam("procedureId") UUID procedureId,
            @NotNull @Valid CloseProcedureRequest request) {
        return SpecialProcedureView.of(procedures.close(id, procedureId, caller.name(), request));
    }
}
