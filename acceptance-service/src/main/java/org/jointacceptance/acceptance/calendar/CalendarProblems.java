package org.jointacceptance.acceptance.calendar;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.problem.Problem;

/** A date in a year whose official arrangement is not loaded: an explicit answer, never a guess. */
public class CalendarProblems {

    @ServerExceptionMapper
    public Response yearNotLoaded(CalendarYearNotLoadedException exception, UriInfo uri) {
        return Problem.of("calendar-year-not-loaded", "Calendar year not loaded", 422, exception.getMessage()
                + ". A coordinator must load that year's official arrangement (PUT /calendar/years/" + exception.year()
                + ").").at(uri.getRequestUri()).toResponse();
    }
}
