package org.jointacceptance.department.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.sitevisit.JointVisitService;

/** The inspector's answer to the joint site visit the lead center proposes for the inspection's section. */
@Path("/inspections/{id}/joint-visit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site visits")
@RolesAllowed(Role.INSPECTOR)
public class JointVisitResource {

    private final JointVisitService jointVisits;
    private final InspectionViews views;
    private final Caller caller;

    public JointVisitResource(JointVisitService jointVisits, InspectionViews views, Caller caller) {
        this.jointVisits = jointVisits;
        this.views = views;
        this.caller = caller;
    }

    /** Another working day and time (Beijing time) the department can come, and why. */
    @Schema(name = "OtherSlotRequest")
    public record OtherSlotRequest(
            @NotNull @Schema(example = "2026-06-10") LocalDate date,
            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(example = "14:00", type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$") LocalTime time,
            @NotBlank @Size(max = 2000) @Schema(example = "The sprinkler contractor is on site only in the afternoon") String reason) {
    }

    @POST
    @Path("/confirmation")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Confirm the proposed joint site visit",
            description = "The department comes at the day, time and meeting point proposed (JointVisitAnswered); "
                    + "once every department asked has confirmed, the lead center fixes the visit.")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "No proposal to answer, the visit is fixed already, the result "
            + "is submitted, or the inspection is assigned to another inspector")
    public InspectionView confirm(@PathParam("id") UUID id) {
        jointVisits.confirm(id, caller.person());
        return views.of(Inspection.existing(id));
    }

    @POST
    @Path("/other-slot")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for another slot for the proposed joint site visit",
            description = "A working day of the official calendar and a time to come, and why "
                    + "(JointVisitAnswered); the lead center's coordinator proposes again.")
    @APIResponse(responseCode = "200", description = "Asked")
    @APIResponse(responseCode = "400", description = "The request is malformed or gives no reason")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "No proposal to answer, the visit is fixed already, the result "
            + "is submitted, or the inspection is assigned to another inspector")
    @APIResponse(responseCode = "422", description = "Not a working day, in the past, or the calendar of that year "
            + "is not loaded")
    public InspectionView askOtherSlot(@PathParam("id") UUID id, @NotNull @Valid OtherSlotRequest request) {
        jointVisits.askOtherSlot(id, caller.person(), request.date(), request.time(), request.reason().strip());
        return views.of(Inspection.existing(id));
    }
}
