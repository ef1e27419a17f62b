package org.jointacceptance.department.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.department.activity.InspectionActivity;
import org.jointacceptance.department.assignment.AssignRequest;
import org.jointacceptance.department.assignment.AssignmentService;
import org.jointacceptance.department.inspection.Inspection;

/** The department's inbox of inspections, and who works on each. */
@Path("/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class InspectionResource {

    /**
     * The longest a filter read by {@link InboxFilter} may be: any value it takes is far shorter, and one it does not
     * take is refused by it, naming the filter.
     */
    private static final int FILTER = 64;

    private final AssignmentService assignments;
    private final InspectionViews views;
    private final Caller caller;

    public InspectionResource(AssignmentService assignments, InspectionViews views, Caller caller) {
        this.assignments = assignments;
        this.views = views;
        this.caller = caller;
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Operation(summary = "The inbox: this department's inspections, key projects first, then earliest due first",
            description = "Filters combine; dates are inclusive. Inspections without a due date come last.")
    @APIResponse(responseCode = "200", description = "One page of the inbox")
    @APIResponse(responseCode = "400", description = "A filter is malformed; errors name it")
    public List<InspectionView> inbox(
            @QueryParam("state") @Size(max = FILTER)
            @Parameter(description = "PENDING, SCHEDULED, SUBMITTED or WITHDRAWN") String state,
            @QueryParam("district") @Size(max = FILTER)
            @Parameter(description = "Six-digit GB/T 2260 region code, e.g. 210202") String district,
            @QueryParam("dueFrom") @Size(max = FILTER) @Parameter(description = "Due on or after, yyyy-MM-dd") String dueFrom,
            @QueryParam("dueTo") @Size(max = FILTER) @Parameter(description = "Due on or before, yyyy-MM-dd") String dueTo,
            @QueryParam("assignee") @Size(max = 100) @Parameter(description = "Assigned to this inspector") String assignee,
            @QueryParam("unassigned") @Size(max = FILTER)
            @Parameter(description = "true: only inspections nobody works on yet") String unassigned,
            @QueryParam("applicationId") @Size(max = FILTER) String applicationId,
            @QueryParam("page") @Size(max = FILTER) @Parameter(description = "From 0") String page,
            @QueryParam("size") @Size(max = FILTER)
            @Parameter(description = "From 1 to 200, 50 if not given") String size) {
        InboxFilter filter = InboxFilter.parse(state, district, dueFrom, dueTo, assignee, unassigned, applicationId,
                page, size);
        Parameters parameters = new Parameters();
        String query = filter.query(parameters);
        Sort urgency = Sort.by("keyProject", Sort.Direction.Descending)
                .and("dueDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("requestedAt").and("id");
        return views.of(Inspection.<Inspection>find(query, urgency, parameters)
                .page(Page.of(filter.page(), filter.size())).list());
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Path("/{id}")
    @Operation(summary = "One inspection")
    @APIResponse(responseCode = "200", description = "The inspection")
    @APIResponse(responseCode = "404", description = "No such inspection in this department")
    public InspectionView get(@PathParam("id") UUID id) {
        return views.of(Inspection.existing(id));
    }

    @RolesAllowed(Role.LEAD)
    @POST
    @Path("/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A department lead assigns the inspection to an inspector", description = "The lead is "
            + "the caller. Assigning it again hands it over (also after the result, for a correction); the earlier "
            + "assignment stays in the activity record.")
    @APIResponse(responseCode = "200", description = "Assigned")
    @APIResponse(responseCode = "400", description = "No inspector named")
    @APIResponse(responseCode = "404", description = "No such inspection")
    public InspectionView assign(@PathParam("id") UUID id, @NotNull @Valid AssignRequest request) {
        return views.of(assignments.assign(id, request.inspector(), caller.name()));
    }

    @RolesAllowed(Role.INSPECTOR)
    @POST
    @Path("/{id}/claim")
    @Operation(summary = "An inspector claims an unassigned inspection", description = "The inspector is the "
            + "caller; the request has no body.")
    @APIResponse(responseCode = "200", description = "Claimed, or already theirs")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "Assigned to another inspector, or the result is already submitted")
    public InspectionView claim(@PathParam("id") UUID id) {
        return views.of(assignments.claim(id, caller.name()));
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Path("/{id}/activity")
    @Operation(summary = "Who did what on the inspection, oldest first")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "No such inspection")
    public List<ActivityView> activity(@PathParam("id") UUID id) {
        Inspection.existing(id);
        return InspectionActivity.of(id).stream().map(ActivityView::of).toList();
    }
}
