package org.jointacceptance.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;

/**
 * A working-day question about a year the calendar cannot count, even provisionally, is answered as a problem, never
 * guessed; in every service alike, since every service counts on the one calendar acceptance-service loads.
 */
public class CalendarProblems {

    @ServerExceptionMapper
    public Response yearNotLoaded(CalendarYearNotLoadedException exception, UriInfo uri) {
        return Problem.of("calendar-year-not-loaded", "Calendar year not loaded", 422, exception.getMessage()
                + ". A coordinator loads that year's official arrangement in acceptance-service (PUT /calendar/years/"
                + exception.year() + "); every service receives it from there.").at(uri.getRequestUri()).toResponse();
    }
}
