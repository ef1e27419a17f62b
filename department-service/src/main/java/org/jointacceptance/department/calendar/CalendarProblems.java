package org.jointacceptance.department.calendar;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.problem.Problem;

/** A working-day question about a year the calendar does not know yet is answered as a problem, never guessed. */
public class CalendarProblems {

    @ServerExceptionMapper
    public Response yearNotLoaded(CalendarYearNotLoadedException exception, UriInfo uri) {
        return Problem.of("calendar-year-not-loaded", "Calendar year not loaded", 422, exception.getMessage()
                + ". A coordinator loads it in acceptance-service (PUT /calendar/years/" + exception.year()
                + "); this department receives it from there.").at(uri.getRequestUri()).toResponse();
    }
}
