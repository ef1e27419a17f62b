package org.jointacceptance.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every error a REST endpoint can raise to application/problem+json; no stack trace ever leaves a service. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        return exception.problem().at(uri.getRequestUri()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of("validation", "Invalid request", 400, "The request has " + errors.size() + " invalid field(s)")
                .withErrors(errors).at(uri.getRequestUri()).toResponse();
    }

    /** Takes precedence over Quarkus' own mapper for this exception, which answers in plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException exception, UriInfo uri) {
        return unreadable(exception, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException exception, UriInfo uri) {
        String field = exception instanceof MismatchedInputException mismatch ? path(mismatch) : "";
        String detail = exception instanceof InvalidFormatException format
                ? "The value '" + format.getValue() + "' is not valid here"
                : "The request body is not valid JSON of the expected shape";
        Problem problem = Problem.of("unreadable-body", "Unreadable request body", 400, detail);
        if (!field.isEmpty()) {
            problem = problem.withErrors(List.of(new Problem.FieldError(field, detail)));
        }
        return problem.at(uri.getRequestUri()).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception, UriInfo uri) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", exception);
        }
        String kind = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        String detail = status.getStatusCode() == 404 ? "Nothing is found at this address" : status.getReasonPhrase();
        return Problem.of(kind, status.getReasonPhrase(), status.getStatusCode(), detail).at(uri.getRequestUri())
                .toResponse();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception exception, UriInfo uri) {
        LOG.error("Unexpected failure", exception);
        return Problem.of("internal", "Internal error", 500, "The service could not complete the request")
                .at(uri.getRequestUri()).toResponse();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String field = "";
        int node = 0;
        for (Path.Node part : violation.getPropertyPath()) {
            // skip the method and parameter nodes of a validated resource method: the client never sees them
            if (node++ < 2 && (part.getKind() == jakarta.validation.ElementKind.METHOD
                    || part.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
                continue;
            }
            String name = part.getName() == null ? "" : part.getName();
            if (part.getIndex() != null) {
                field += "[" + part.getIndex() + "]";
            }
            field += field.isEmpty() || name.isEmpty() ? name : "." + name;
        }
        return field.isEmpty() ? "request" : field;
    }

    private static String path(MismatchedInputException exception) {
        StringBuilder path = new StringBuilder();
        for (var reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
