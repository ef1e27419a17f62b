package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.statistics.HoldUpStatistics;
import org.jointacceptance.acceptance.statistics.StageStatistics;
import org.jointacceptance.access.Role;
import org.jointacceptance.problem.InvalidFields;
import org.jointacceptance.problem.ProblemException;

/** For supervisors and dashboards: which departments hold applications up, and who held one application how long. */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@RolesAllowed({ Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR })
public class StatisticsResource {

    /** The longest stretch of months one request may ask for: five years. */
    static final int MONTHS = 60;

    private final HoldUpStatistics statistics;
    private final StageStatistics stageStatistics;
    private final JointStageClock stageClock;

    public StatisticsResource(HoldUpStatistics statistics, StageStatistics stageStatistics,
            JointStageClock stageClock) {
        this.statistics = statistics;
        this.stageStatistics = stageStatistics;
        this.stageClock = stageClock;
    }

    @GET
    @Path("/departments")
    @Operation(summary = "Each department: rounds concluded, working days per round (median, p90), on-time share, "
            + "working days past its share, backlog, overdue now; overall and round by round",
            description = "Ranked: the departments most working days past their share (after the due date, of each "
                    + "round concluded late and each open round overdue now) first. From and to (yyyy-MM-dd, at most "
                    + "a year apart) narrow the rounds to those concluded in the period; district to its "
                    + "applications; without them, every round. What is open is counted as of today.")
    @APIResponse(responseCode = "400", description = "A day that is not yyyy-MM-dd, a district that is not six digits, "
            + "from after to, or more than a year")
    public List<HoldUpStatistics.DepartmentRecord> departments(
            @QueryParam("from") @Size(max = 10) @Parameter(example = "2026-06-01") String from,
            @QueryParam("to") @Size(max = 10) @Parameter(example = "2026-06-30") String to,
            @QueryParam("district") @Size(max = 6) @Parameter(example = "210202") String district) {
        return statistics.departments(scope(from, to, district));
    }

    @GET
    @Path("/departments.csv")
    @Produces("text/csv")
    @Operation(summary = "The same departments' figures as CSV for a spreadsheet",
            description = "UTF-8 with a byte order mark; one line per department (round `all`) followed by one per "
                    + "round number; columns: department, round, rounds concluded, median and p90 working days, "
                    + "on-time share, late rounds, working days past the share, backlog, overdue now (the last four "
                    + "on the department's line only).")
    @APIResponse(responseCode = "400", description = "As for the figures")
    public Response departmentsCsv(@QueryParam("from") @Size(max = 10) String from,
            @QueryParam("to") @Size(max = 10) String to, @QueryParam("district") @Size(max = 6) String district) {
        HoldUpStatistics.Scope scope = scope(from, to, district);
        StringBuilder csv = new StringBuilder("\uFEFFdepartment,round,concludedRounds,medianWorkingDays,"
                + "p90WorkingDays,onTimeShare,lateRounds,workingDaysPastShare,backlog,overdueNow\r\n");
        for (HoldUpStatistics.DepartmentRecord record : statistics.departments(scope)) {
            csv.append(String.join(",", cell(record.department()), "all", cell(record.concludedRounds()),
                    cell(record.medianWorkingDays()), cell(record.p90WorkingDays()), cell(record.onTimeShare()),
                    cell(record.lateRounds()), cell(record.workingDaysPastShare()), cell(record.backlog()),
                    cell(record.overdueNow()))).append("\r\n");
            for (HoldUpStatistics.RoundRecord round : record.byRound()) {
                csv.append(String.join(",", cell(record.department()), cell(round.round()),
                        cell(round.concludedRounds()), cell(round.medianWorkingDays()), cell(round.p90WorkingDays()),
                        cell(round.onTimeShare()), "", "", "", "")).append("\r\n");
            }
        }
        String period = scope.from() == null ? "all" : scope.from() + "-" + scope.to();
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"departments-" + period + ".csv\"").build();
    }

    /** The rounds a departments' request asks for: a period if it names a day, else every round; a district or all. */
    private HoldUpStatistics.Scope scope(String from, String to, String district) {
        Period period = Period.read(from, to, district, stageClock.today());
        return from == null && to == null ? new HoldUpStatistics.Scope(null, null, period.district())
                : new HoldUpStatistics.Scope(period.from(), period.to(), period.district());
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
    @Path("/stage")
    @Operation(summary = "The applications received in a period, in a district or all: how they ended, the share "
            + "decided within the stage's due date, the stage's working days net of pauses (median, p90)",
            description = "An application counts in the period it was submitted in (its latest submission). From and "
                    + "to are days (yyyy-MM-dd), at most a year apart; by default the month up to today.")
    @APIResponse(responseCode = "400", description = "A day that is not yyyy-MM-dd, a district that is not six digits, "
            + "from after to, or more than a year")
    public StageStatistics.Period stage(
            @QueryParam("from") @Size(max = 10) @Parameter(example = "2026-06-01") String from,
            @QueryParam("to") @Size(max = 10) @Parameter(example = "2026-06-30") String to,
            @QueryParam("district") @Size(max = 6) @Parameter(example = "210202") String district) {
        Period period = Period.read(from, to, district, stageClock.today());
        return stageStatistics.period(period.from(), period.to(), period.district());
    }

    @GET
    @Path("/stage/applications")
    @Produces("text/csv")
    @Operation(summary = "The same period's applications, one line each, as CSV for a spreadsheet",
            description = "UTF-8 with a byte order mark; columns: number, project code, project, district, received "
                    + "on, status, decided on, stage working days net of pauses, within the due date.")
    @APIResponse(responseCode = "400", description = "As for the figures")
    public Response stageApplications(@QueryParam("from") @Size(max = 10) String from,
            @QueryParam("to") @Size(max = 10) String to, @QueryParam("district") @Size(max = 6) String district) {
        Period period = Period.read(from, to, district, stageClock.today());
        StringBuilder csv = new StringBuilder("\uFEFFnumber,projectCode,project,district,receivedOn,status,decidedOn,"
                + "stageWorkingDays,withinLimit\r\n");
        for (StageStatistics.ApplicationLine line : stageStatistics.applications(period.from(), period.to(),
                period.district())) {
            csv.append(String.join(",", cell(line.number()), cell(line.projectCode()), cell(line.projectName()),
                    cell(line.district()), cell(line.receivedOn()), cell(line.status()), cell(line.decidedOn()),
                    cell(line.stageWorkingDays()), cell(line.withinLimit()))).append("\r\n");
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"stage-" + period.from() + "-" + period.to() + ".csv\"").build();
    }

    /** A CSV cell: empty for nothing, quoted when it holds a comma, a quote or a line break. */
    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        return text.matches("[^,\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** The days and district a stage request asks for, read and checked; by default the month up to today. */
    record Period(LocalDate from, LocalDate to, String district) {

        static Period read(String from, String to, String district, LocalDate today) {
            InvalidFields fields = new InvalidFields();
            LocalDate last = fields.read("to", to, LocalDate::parse, "field.date");
            LocalDate first = fields.read("from", from, LocalDate::parse, "field.date");
            String area = fields.read("district", district, code -> {
                if (!code.matches("[0-9]{6}")) {
                    throw new IllegalArgumentException(code);
                }
                return code;
            }, "field.district");
            fields.refuseAny();
            last = last != null ? last : today;
            first = first != null ? first : last.minusMonths(1).plusDays(1);
            if (first.isAfter(last) || first.plusYears(1).isBefore(last)) {
                throw ProblemException.invalid("day-range", first, last);
            }
            return new Period(first, last, area);
        }
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
