package org.jointacceptance.department.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.jointacceptance.department.activity.InspectionActivity;
import org.jointacceptance.department.assignment.AssignRequest;
import org.jointacceptance.department.assignment.AssignmentService;
import org.jointacceptance.department.assignment.ClaimRequest;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.inspection.InspectionState;

/** The department's inbox of inspections, and who works on each. */
@Path("/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class InspectionResource {

    private final AssignmentService assignments;
    private final InspectionViews views;

    public InspectionResource(AssignmentService assignments, InspectionViews views) {
        this.assignments = assignments;
        this.views = views;
    }

    @GET
    @Operation(summary = "The inbox: this department's inspections, most urgent (earliest due) first",
            description = "Filters combine; dates are inclusive. Inspections without a due date come last.")
    @APIResponse(responseCode = "200", description = "One page of the inbox")
    @APIResponse(responseCode = "400", description = "A filter is malformed")
    public List<InspectionView> inbox(@QueryParam("state") InspectionState state,
            @QueryParam("district") @Pattern(regexp = "^[1-8][0-9]{5}$", message = "must be a six-digit GB/T 2260 region code")
            @Parameter(description = "Six-digit GB/T 2260 region code, e.g. 210202") String district,
            @QueryParam("dueFrom") @Parameter(description = "Due on or after, yyyy-MM-dd") LocalDate dueFrom,
            @QueryParam("dueTo") @Parameter(description = "Due on or before, yyyy-MM-dd") LocalDate dueTo,
            @QueryParam("assignee") String assignee,
            @QueryParam("unassigned") @Parameter(description = "Only inspections nobody works on yet") boolean unassigned,
            @QueryParam("applicationId") UUID applicationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
        if (district != null) {
            query.append(" and district = :district");
            parameters.and("district", district);
        }
        if (dueFrom != null) {
            query.append(" and dueDate >= :dueFrom");
            parameters.and("dueFrom", dueFrom);
        }
        if (dueTo != null) {
            query.append(" and dueDate <= :dueTo");
            parameters.and("dueTo", dueTo);
        }
        if (assignee != null) {
            query.append(" and assignee = :assignee");
            parameters.and("assignee", assignee);
        }
        if (unassigned) {
            query.append(" and assignee is null");
        }
        if (applicationId != null) {
            query.append(" and applicationId = :applicationId");
            parameters.and("applicationId", applicationId);
        }
        Sort urgency = Sort.by("dueDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
                .and("requestedAt").and("id");
        return views.of(Inspection.<Inspection>find(query.toString(), urgency, parameters)
                .page(Page.of(page, size)).list());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One inspection")
    @APIResponse(responseCode = "200", description = "The inspection")
    @APIResponse(responseCode = "404", description = "No such inspection in this department")
    public InspectionView get(@PathParam("id") UUID id) {
        return views.of(Inspection.existing(id));
    }

    @POST
    @Path("/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A department lead assigns the inspection to an inspector", description = "Assigning it "
            + "again hands it over; the earlier assignment stays in the activity record.")
    @APIResponse(responseCode = "200", description = "Assigned")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "The result is already submitted")
    public InspectionView assign(@PathParam("id") UUID id, @NotNull @Valid AssignRequest request) {
        return views.of(assignments.assign(id, request.inspector(), request.assignedBy()));
    }

    @POST
    @Path("/{id}/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An inspector claims an unassigned inspection")
    @APIResponse(responseCode = "200", description = "Claimed, or already theirs")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "Assigned to another inspector, or the result is already submitted")
    public InspectionView claim(@PathParam("id") UUID id, @NotNull @Valid ClaimRequest request) {
        return views.of(assignments.claim(id, request.inspector()));
    }

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
