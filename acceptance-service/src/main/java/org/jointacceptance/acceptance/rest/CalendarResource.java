package org.jointacceptance.acceptance.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.clock.CalendarService;
import org.jointacceptance.acceptance.calendar.CalendarStore;
import org.jointacceptance.acceptance.calendar.CalendarYear;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.calendar.HolidayNotice;
import org.jointacceptance.calendar.InvalidArrangementException;
import org.jointacceptance.calendar.StatutoryHolidays;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.calendar.YearArrangementJson;
import org.jointacceptance.problem.ProblemException;
import org.jointacceptance.problem.ProblemWords;

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

    private static final String NOTICE_EXAMPLE = """
            国务院办公厅关于2027年部分节假日安排的通知
            一、元旦：1月1日（周五）至3日（周日）放假，共3天。
            二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）上班。""";

    private final CalendarStore store;
    private final CalendarService calendars;
    private final JointStageClock stageClock;
    private final MonthDay nextYearAwaitedFrom;
    private final Caller caller;

    public CalendarResource(CalendarStore store, CalendarService calendars, JointStageClock stageClock,
            @ConfigProperty(name = "acceptance.calendar.next-year-awaited-from") MonthDay nextYearAwaitedFrom,
            Caller caller) {
        this.store = store;
        this.calendars = calendars;
        this.stageClock = stageClock;
        this.nextYearAwaitedFrom = nextYearAwaitedFrom;
        this.caller = caller;
    }

    /**
     * The loaded years; {@code awaited}, from the configured day of the year (1 November by default) until next year
     * is loaded, or while this year is not: the year whose notice is still to be loaded.
     */
    public record CalendarView(String version, List<YearView> years, AwaitedYear awaited) {
    }

    /**
     * A year counted on its provisional arrangement until its notice is loaded, and how many running applications
     * have a date that may move then.
     */
    public record AwaitedYear(int year, long runningApplicationsWithProvisionalDates) {
    }

    /** What a notice reads to, what loading it would move, and the confirmation that loads exactly this. */
    public record NoticePreview(int year, String version, String source, List<YearArrangement.Holiday> holidays,
            List<LocalDate> makeUpWorkdays, int daysOff, List<CalendarService.DateMove> moves, String confirmation) {
    }

    /** One loaded year. */
    public record YearView(int year, String version, OffsetDateTime updatedAt, String updatedBy) {
    }

    /** A day, and whether it is a working day; provisional when its year's notice is not loaded yet. */
    public record DayView(LocalDate date, boolean workingDay, boolean provisional) {
    }

    @GET
    @Operation(summary = "The loaded years, the calendar's version and the year awaited",
            description = "From the configured day (acceptance.calendar.next-year-awaited-from, 1 November by "
                    + "default) until next year's notice is loaded, 'awaited' names that year and how many running "
                    + "applications carry provisional dates.")
    public CalendarView loadedYears() {
        WorkingCalendar calendar = calendar();
        return new CalendarView(calendar.version(), CalendarYear.<CalendarYear>listAll().stream()
                .sorted(java.util.Comparator.comparing(year -> year.year))
                .map(year -> new YearView(year.year, year.version, year.updatedAt, year.updatedBy)).toList(),
                calendar.awaitedYear(stageClock.today(), nextYearAwaitedFrom)
                        .map(year -> new AwaitedYear(year, calendars.applicationsWithProvisionalDates())).orElse(null));
    }

    @GET
    @Path("/years/{year}")
    @Operation(summary = "One year's arrangement: holidays and make-up workdays",
            description = "A year whose notice is not loaded answers its provisional arrangement (version "
                    + "YYYY.0-provisional): the statutory holidays, no make-up workdays.")
    public String year(@PathParam("year") int year) {
        CalendarYear loaded = CalendarYear.findById(year);
        if (loaded != null) {
            return loaded.arrangement;
        }
        if (calendar().isProvisional(year)) {
            return YearArrangementJson.write(calendar().arrangementOrProvisional(year));
        }
        throw ProblemException.notFound("calendar-year", year);
    }

    @POST
    @Path("/years/{year}/notice")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Preview the State Council's notice of a year, as printed: nothing is loaded",
            description = "The body is the notice's text (国务院办公厅关于××××年部分节假日安排的通知) as published. The answer "
                    + "is what it reads to, the running applications' dates that loading it would move, and the "
                    + "confirmation to load exactly this with PUT.")
    @APIResponse(responseCode = "200", description = "The notice as read, and what loading it would move")
    @APIResponse(responseCode = "400", description = "A line that could not be read, named; nothing is loaded")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, example = NOTICE_EXAMPLE))
    @RolesAllowed(Role.COORDINATOR)
    public NoticePreview previewNotice(@PathParam("year") int year, @NotNull @Size(max = 100_000) String notice) {
        YearArrangement arrangement = readNotice(year, notice);
        int daysOff = arrangement.holidays().stream()
                .mapToInt(holiday -> (int) ChronoUnit.DAYS.between(holiday.from(), holiday.to()) + 1).sum();
        return new NoticePreview(year, arrangement.version(), arrangement.source(), arrangement.holidays(),
                arrangement.makeUpWorkdays(), daysOff, invalidIfRefused(() -> calendars.wouldMove(arrangement)),
                confirmation(arrangement));
    }

    @PUT
    @Path("/years/{year}/notice")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Load the State Council's notice of a year, as previewed (audited)",
            description = "The same text as the preview, with the preview's confirmation. Provisional dates of running "
                    + "applications are counted again; the dates that move are announced.")
    @APIResponse(responseCode = "200", description = "Loaded; the answer names the version and every date moved")
    @APIResponse(responseCode = "400", description = "A line that could not be read, named; nothing is loaded")
    @APIResponse(responseCode = "409", description = "Not the notice previewed, or the calendar changed since")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, example = NOTICE_EXAMPLE))
    @RolesAllowed(Role.COORDINATOR)
    public CalendarService.Loaded loadNotice(@PathParam("year") int year,
            @QueryParam("confirmation") @NotNull @Size(max = 64) String confirmation,
            @QueryParam("reason") @Size(max = 2000) String reason, @NotNull @Size(max = 100_000) String notice) {
        YearArrangement arrangement = readNotice(year, notice);
        if (!confirmation(arrangement).equals(confirmation)) {
            throw ProblemException.conflict("notice-not-confirmed", year);
        }
        return invalidIfRefused(() -> calendars.load(arrangement, caller.name(),
                reason == null || reason.isBlank() ? "State Council notice" : reason));
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
            throw ProblemException.invalid("invalid-arrangement", (ProblemWords.Fact) e::message);
        }
        if (arrangement.year() != year) {
            throw ProblemException.worded("invalid-arrangement", "invalid-arrangement.year", 400, arrangement.year(), year);
        }
        if (StatutoryHolidays.isProvisional(arrangement.version())) {
            throw ProblemException.worded("invalid-arrangement", "invalid-arrangement.provisional", 400,
                    arrangement.version());
        }
        return invalidIfRefused(() -> calendars.load(arrangement, caller.name(),
                reason == null || reason.isBlank() ? null : reason));
    }

    @GET
    @Path("/days/{date}")
    @Operation(summary = "Is this a working day?")
    @APIResponse(responseCode = "422", description = "The year of this date is not loaded")
    public DayView day(@PathParam("date") LocalDate date) {
        return new DayView(date, calendar().isWorkingDay(date), calendar().isProvisional(date.getYear()));
    }

    @GET
    @Path("/working-days")
    @Operation(summary = "The n-th working day after a date, and the working days between two dates",
            description = "With after and count: the count-th working day after the date. With after and until: the "
                    + "number of working days after the first date up to and including the second.")
    public WorkingDaysView workingDays(@QueryParam("after") @NotNull LocalDate after,
            @QueryParam("count") @Min(0) @Max(400) Integer count, @QueryParam("until") LocalDate until) {
        if ((count == null) == (until == null)) {
            throw ProblemException.invalid("count-or-until");
        }
        WorkingCalendar calendar = calendar();
        LocalDate date = count != null ? calendar.plusWorkingDays(after, count) : until;
        return new WorkingDaysView(after, count != null ? count : calendar.workingDaysBetween(after, until), date,
                calendar.isProvisional(date));
    }

    /**
     * {@code count} working days after {@code after} end on {@code date}; provisional when the count runs through a
     * year whose notice is not loaded yet.
     */
    public record WorkingDaysView(LocalDate after, int count, LocalDate date, boolean provisional) {
    }

    /** The notice read as the next version of its year's arrangement. */
    private YearArrangement readNotice(int year, String notice) {
        CalendarYear loaded = CalendarYear.findById(year);
        String version = year + "." + (loaded == null ? 1 : revision(loaded.version) + 1);
        try {
            return HolidayNotice.read(year, notice, version);
        } catch (InvalidArrangementException e) {
            throw ProblemException.invalid("unreadable-notice", (ProblemWords.Fact) e::message);
        }
    }

    /** The leading number of a version's revision: 2 for 2020.2, 1 for 2025.1-b. */
    private static int revision(String version) {
        Matcher number = Pattern.compile("^\\d{4}\\.(\\d{1,6})").matcher(version);
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }

    /** Names exactly this arrangement on exactly the calendar loaded now. */
    private String confirmation(YearArrangement arrangement) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((YearArrangementJson.write(arrangement) + "\n"
                    + calendar().version()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T invalidIfRefused(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidArrangementException e) {
            throw ProblemException.invalid("invalid-arrangement", (ProblemWords.Fact) e::message);
        }
    }

    private WorkingCalendar calendar() {
        return store.calendar();
    }
}
