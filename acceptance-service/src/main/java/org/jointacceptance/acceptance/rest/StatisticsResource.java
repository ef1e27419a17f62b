package org.jointacceptance.acceptance.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.statistics.HoldUpStatistics;
import org.jointacceptance.access.Role;
import org.jointacceptance.problem.ProblemException;

/** For supervisors and dashboards: which departments hold applications up, and who held one application how long. */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@RolesAllowed({ Role.COORDINATOR, Role.SUPERVISOR })
public class StatisticsResource {

    private final HoldUpStatistics statistics;

    public StatisticsResource(HoldUpStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/departments")
    @Operation(summary = "Each department: working days per round (median, p90), on-time share, backlog, overdue now",
            description = "Ranked: the departments that most often ran past their share, or are past it now, first.")
    public List<HoldUpStatistics.DepartmentRecord> departments() {
        return statistics.departments();
    }

    @GET
    @Path("/applications/{id}")
    @Operation(summary = "Working days one application spent with each department, with the applicant, and in all")
    public HoldUpStatistics.TimeSpent application(@PathParam("id") UUID id) {
        Application application = Application.findById(id);
        if (application == null) {
            throw ProblemException.notFound("application", id);
        }
        return statistics.timeSpent(application);
    }
}
