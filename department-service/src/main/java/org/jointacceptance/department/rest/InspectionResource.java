package org.jointacceptance.department.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.department.inspection.DepartmentConfig;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.inspection.InspectionService;
import org.jointacceptance.department.inspection.InspectionState;
import org.jointacceptance.department.inspection.ResultRequest;
import org.jointacceptance.problem.ProblemException;

/** The department's inbox of inspections, and where inspectors post results. */
@Path("/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class InspectionResource {

    private final InspectionService inspections;
    private final DepartmentConfig department;

    public InspectionResource(InspectionService inspections, DepartmentConfig department) {
        this.inspections = inspections;
        this.department = department;
    }

    @GET
    @Operation(summary = "The inbox: this department's inspections, most urgent (earliest due) first")
    public List<InspectionView> inbox(@QueryParam("state") InspectionState state,
            @QueryParam("applicationId") UUID applicationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
        if (applicationId != null) {
            query.append(" and applicationId = :applicationId");
            parameters.and("applicationId", applicationId);
        }
        return Inspection.<Inspection>find(query.toString(), Sort.by("dueDate").and("requestedAt"), parameters)
                .page(Page.of(page, size)).list().stream()
                .map(inspection -> InspectionView.of(inspection, department.code())).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One inspection")
    @APIResponse(responseCode = "404", description = "No such inspection in this department")
    public InspectionView get(@PathParam("id") UUID id) {
        Inspection inspection = Inspection.findById(id);
        if (inspection == null) {
            throw ProblemException.notFound("Inspection", id);
        }
        return InspectionView.of(inspection, department.code());
    }

    @POST
    @Path("/{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the inspection's result", description = "Final once submitted; published to "
            + "acceptance-service, which decides the section when every department has concluded.")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "409", description = "A result was already submitted")
    public InspectionView submit(@PathParam("id") UUID id, @NotNull @Valid ResultRequest request) {
        return InspectionView.of(inspections.submitResult(id, request), department.code());
    }
}
