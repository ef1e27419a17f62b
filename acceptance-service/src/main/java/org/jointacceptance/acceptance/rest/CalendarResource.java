package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.calendar.CalendarService;
import org.jointacceptance.acceptance.calendar.CalendarStore;
import org.jointacceptance.acceptance.calendar.CalendarYear;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.calendar.InvalidArrangementException;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.calendar.YearArrangementJson;
import org.jointacceptance.problem.ProblemException;

/** Mainland China's working-day calendar as this city has loaded it: ask about days, load a new year or a correction. */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar")
@Authenticated
public class CalendarResource {

    private static final String ARRANGEMENT_EXAMPLE = """
            {"year": 2027, "version": "2027.1", "source": "国务院办公厅关于2027年部分节假日安排的通知",
             "holidays": [{"name": "New Year's Day 元旦", "from": "2027-01-01", "to": "2027-01-03"}],
             "makeUpWorkdays": []}""";

    private final CalendarStore store;
    private final CalendarService calendars;

    private final Caller caller;

    public CalendarResource(CalendarStore store, CalendarService calendars, Caller caller) {
        this.store = store;
        this.calendars = calendars;
        this.caller = caller;
    }

    /** The loaded years. */
    public record CalendarView(String version, List<YearView> years) {
    }

    /** One loaded year. */
    public record YearView(int year, String version, OffsetDateTime updatedAt, String updatedBy) {
    }

    /** A day, and whether it is a working day. */
    public record DayView(LocalDate date, boolean workingDay) {
    }

    @GET
    @Operation(summary = "The loaded years and the calendar's version")
    public CalendarView loadedYears() {
        return new CalendarView(store.calendar().version(), CalendarYear.<CalendarYear>listAll().stream()
                .sorted(java.util.Comparator.comparing(year -> year.year))
                .map(year -> new YearView(year.year, year.version, year.updatedAt, year.updatedBy)).toList());
    }

    @GET
    @Path("/years/{year}")
    @Operation(summary = "One year's arrangement: holidays and make-up workdays")
    public String year(@PathParam("year") int year) {
        CalendarYear loaded = CalendarYear.findById(year);
        if (loaded == null) {
            throw ProblemException.notFound("Calendar year", year);
        }
        return loaded.arrangement;
    }

    @PUT
    @Path("/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load a year's arrangement, or a correction to a loaded year (audited)",
            description = "The body is the arrangement in the working-calendar format: year, version (e.g. 2027.1; a "
                    + "correction needs a later version), source, holidays (name, from, to), makeUpWorkdays. Running "
                    + "applications whose due dates move are recomputed and their applicants told; the departments "
                    + "receive the arrangement (CalendarYearLoaded).")
    @APIResponse(responseCode = "200", description = "Loaded; the answer names the version and the applications moved")
    @APIResponse(responseCode = "400", description = "Not a valid arrangement, or a correction without a later version")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, example = ARRANGEMENT_EXAMPLE))
    @RolesAllowed(Role.COORDINATOR)
    public CalendarService.Loaded load(@PathParam("year") int year,
            @QueryParam("reason") @Size(max = 2000) String reason,
            @NotNull @Size(max = 100_000) String body) {
        YearArrangement arrangement;
        try {
            arrangement = YearArrangementJson.parse(body);
        } catch (InvalidArrangementException e) {
            throw ProblemException.invalid("invalid-arrangement", e.getMessage());
        }
        if (arrangement.year() != year) {
            throw ProblemException.invalid("invalid-arrangement",
                    "The arrangement is for " + arrangement.year() + ", not " + year);
        }
        try {
            return calendars.load(arrangement, caller.name(), reason == null || reason.isBlank() ? null : reason);
        } catch (InvalidArrangementException e) {
            throw ProblemException.invalid("invalid-arrangement", e.getMessage());
        }
    }

    @GET
    @Path("/days/{date}")
    @Operation(summary = "Is this a working day?")
    @APIResponse(responseCode = "422", description = "The year of this date is not loaded")
    public DayView day(@PathParam("date") LocalDate date) {
        return new DayView(date, calendar().isWorkingDay(date));
    }

    @GET
    @Path("/working-days")
    @Operation(summary = "The n-th working day after a date, and the working days between two dates",
            description = "With after and count: the count-th working day after the date. With after and until: the "
                    + "number of working days after the first date up to and including the second.")
    public WorkingDaysView workingDays(@QueryParam("after") @NotNull LocalDate after,
            @QueryParam("count") @Min(0) @Max(400) Integer count, @QueryParam("until") LocalDate until) {
        if ((count == null) == (until == null)) {
            throw ProblemException.invalid("count-or-until", "Give either count or until");
        }
        return count != null ? new WorkingDaysView(after, count, calendar().plusWorkingDays(after, count))
                : new WorkingDaysView(after, calendar().workingDaysBetween(after, until), until);
    }

    /** {@code count} working days after {@code after} end on {@code date}. */
    public record WorkingDaysView(LocalDate after, int count, LocalDate date) {
    }

    private WorkingCalendar calendar() {
        return store.calendar();
    }
}
