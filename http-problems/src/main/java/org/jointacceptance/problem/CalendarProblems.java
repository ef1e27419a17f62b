package org.jointacceptance.problem;

import jakarta.ws.rs.core.HttpHeaders;
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
    public Response yearNotLoaded(CalendarYearNotLoadedException exception, UriInfo uri, HttpHeaders headers) {
        return ProblemException.refused("calendar-year-not-loaded", exception.year(), exception.loadedYears())
                .problem(ProblemWords.of(headers.getAcceptableLanguages())).at(uri.getRequestUri()).toResponse();
    }
}
