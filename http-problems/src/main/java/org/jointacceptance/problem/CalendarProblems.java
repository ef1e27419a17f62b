package org.jointacceptance.problem;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.calendar.WorkingCalendar;

/**
 * A working-day question about a year the calendar cannot count, even provisionally, is answered as a problem, never
 * guessed; in every service alike, since every service counts on the one calendar acceptance-service loads. So is a
 * site visit set for a time gone or for a day off.
 */
public class CalendarProblems {

    /**
     * Refuses a site visit (a department's own, or the joint one) at a time already past in China, or on a day that
     * is not a working day of the official calendar (weekends and statutory holidays; make-up workdays are working
     * days).
     */
    public static void requireVisitTime(WorkingCalendar calendar, LocalDate date, LocalTime time, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(WorkingCalendar.CHINA));
        if (!LocalDateTime.of(date, time).isAfter(now)) {
            throw ProblemException.refused("site-visit-in-the-past", now.toLocalDate(),
                    now.format(DateTimeFormatter.ofPattern("HH:mm")));
        }
        if (!calendar.isWorkingDay(date)) {
            DayOfWeek day = date.getDayOfWeek();
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            throw ProblemException.worded("not-a-working-day", weekend ? "not-a-working-day.weekend"
                    : "not-a-working-day.holiday", 422, date, (ProblemWords.Fact) language -> day
                            .getDisplayName(TextStyle.FULL, language));
        }
    }

    @ServerExceptionMapper
    public Response yearNotLoaded(CalendarYearNotLoadedException exception, UriInfo uri, HttpHeaders headers) {
        return ProblemException.refused("calendar-year-not-loaded", exception.year(), exception.loadedYears())
                .problem(ProblemWords.of(headers.getAcceptableLanguages())).at(uri.getRequestUri()).toResponse();
    }
}
