package org.jointacceptance.acceptance.rest;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.statistics.HoldUpStatistics;
import org.jointacceptance.access.Role;
import org.jointacceptance.problem.InvalidFields;
import org.jointacceptance.problem.ProblemException;

/** For supervisors and dashboards: which departments hold applications up, and who held one application how long. */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@RolesAllowed({ Role.COORDINATOR, Role.SUPERVISOR })
public class StatisticsResource {

    /** The longest stretch of months one request may ask for: five years. */
    static final int MONTHS = 60;

    private final HoldUpStatistics statistics;
    private final JointStageClock stageClock;

    public StatisticsResource(HoldUpStatistics statistics, JointStageClock stageClock) {
        this.statistics = statistics;
        this.stageClock = stageClock;
    }

    @GET
    @Path("/departments")
    @Operation(summary = "Each department: working days per round (median, p90), on-time share, backlog, overdue now",
            description = "Ranked: the departments that most often ran past their share, or are past it now, first.")
    public List<HoldUpStatistics.DepartmentRecord> departments() {
        return statistics.departments();
    }

    @GET
    @Path("/departments/months")
    @Operation(summary = "Each department month by month: rounds concluded, working days per round (median, p90), "
            + "on-time share", description = "A round counts in the month it was concluded. From and to are months "
                    + "(yyyy-MM), at most 60 apart; by default the twelve months up to this one. The answer names the "
                    + "months it covers; months in which a department concluded nothing are left out of its records.")
    @APIResponse(responseCode = "400", description = "A month that is not yyyy-MM, from after to, or more than 60 months")
    public Months months(@QueryParam("from") @Size(max = 7) @Parameter(example = "2026-01") String from,
            @QueryParam("to") @Size(max = 7) @Parameter(example = "2026-12") String to) {
        InvalidFields fields = new InvalidFields();
        YearMonth last = fields.read("to", to, YearMonth::parse, "field.month");
        YearMonth first = fields.read("from", from, YearMonth::parse, "field.month");
        fields.refuseAny();
        last = last != null ? last : YearMonth.from(stageClock.today());
        first = first != null ? first : last.minusMonths(11);
        if (first.isAfter(last) || first.plusMonths(MONTHS).isBefore(last)) {
            throw ProblemException.invalid("month-range", first, last, MONTHS);
        }
        return new Months(first, last, statistics.months(first, last));
    }

    /** The months from {@code from} to {@code to}, and each department's record of each month it concluded rounds in. */
    public record Months(@Schema(example = "2026-01") YearMonth from, @Schema(example = "2026-12") YearMonth to,
            List<HoldUpStatistics.MonthRecord> records) {
    }

    @GET
    @Path("/backlog")
    @Operation(summary = "What each department has open now, by how many working days it has waited",
            description = "byAge counts the open rounds in the bands 0-5, 6-10, 11-16 and 17+ working days since "
                    + "requested, in that order; overdue, those past their due date. The most open first.")
    public List<HoldUpStatistics.BacklogRecord> backlog() {
        return statistics.backlog();
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
