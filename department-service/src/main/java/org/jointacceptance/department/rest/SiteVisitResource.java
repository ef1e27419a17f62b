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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.sitevisit.ScheduleRequest;
import org.jointacceptance.department.sitevisit.SiteVisit;
import org.jointacceptance.department.sitevisit.SiteVisitService;

/** Site visits of an inspection: scheduled on working days, moved with a reason, each one kept. */
@Path("/inspections/{id}/site-visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site visits")
public class SiteVisitResource {

    private final SiteVisitService siteVisits;
    private final Caller caller;

    public SiteVisitResource(SiteVisitService siteVisits, Caller caller) {
        this.siteVisits = siteVisits;
        this.caller = caller;
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Operation(summary = "Every site visit scheduled for the inspection, oldest first; the last is the current one")
    @APIResponse(responseCode = "200", description = "The visits")
    @APIResponse(responseCode = "404", description = "No such inspection")
    public List<SiteVisitView> list(@PathParam("id") UUID id) {
        Inspection.existing(id);
        return SiteVisit.of(id).stream().map(SiteVisitView::of).toList();
    }

    @RolesAllowed(Role.INSPECTOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule the site visit, or move it", description = "The day must be a working day of the "
            + "official calendar (weekends and statutory holidays refused, make-up workdays allowed) and, unless a "
            + "reason is given, not after the department's due date. Moving a visit needs a reason; the earlier visit "
            + "stays on record. The applicant is told (SiteVisitScheduled).")
    @APIResponse(responseCode = "200", description = "The visit as scheduled")
    @APIResponse(responseCode = "400", description = "The request is malformed")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "The result is submitted, or the inspection is assigned to another inspector")
    @APIResponse(responseCode = "422", description = "Not a working day, in the past, after the due date without a "
            + "reason, moved without a reason, or the calendar of that year is not loaded")
    public SiteVisitView schedule(@PathParam("id") UUID id, @NotNull @Valid ScheduleRequest request) {
        return SiteVisitView.of(siteVisits.schedule(id, caller.person(), request));
    }
}
