package org.jointacceptance.problem;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;

/** Maps every error a REST endpoint can raise to application/problem+json; no stack trace ever leaves a service. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Problem JSON_TOO_COMPLEX = Problem.of("json-too-complex", "JSON too complex", 400,
            "A JSON body nests at most " + JsonReadLimits.MAX_NESTING_DEPTH + " levels, and holds strings of at most "
                    + JsonReadLimits.MAX_STRING_LENGTH + " characters, numbers of at most "
                    + JsonReadLimits.MAX_NUMBER_LENGTH + " digits and names of at most "
                    + JsonReadLimits.MAX_NAME_LENGTH + " characters");

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
        if (causes(exception).anyMatch(StreamConstraintsException.class::isInstance)) {
            return JSON_TOO_COMPLEX.at(uri.getRequestUri()).toResponse();
        }
        String field = exception instanceof MismatchedInputException mismatch ? path(mismatch) : "";
        String detail = exception instanceof InvalidFormatException format
                ? "The value '" + shortened(String.valueOf(format.getValue())) + "' is not valid here"
                : "The request body is not valid JSON of the expected shape";
        Problem problem = Problem.of("unreadable-body", "Unreadable request body", 400, detail);
        if (!field.isEmpty()) {
            problem = problem.withErrors(List.of(new Problem.FieldError(field, detail)));
        }
        return problem.at(uri.getRequestUri()).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception, UriInfo uri) {
        Optional<JsonProcessingException> unreadableJson = causes(exception)
                .filter(JsonProcessingException.class::isInstance).map(JsonProcessingException.class::cast).findFirst();
        if (unreadableJson.isPresent()) {
            return unreadable(unreadableJson.get(), uri);
        }
        if (exception instanceof NotFoundException && exception.getCause() != null) {
            // RESTEasy's way of saying that a path or query parameter could not be converted to its type
            return Problem.of("invalid-parameter", "Invalid parameter", 400, "A path or query parameter is not of its"
                    + " type: a UUID, a date (yyyy-MM-dd), a whole number or one of the listed values")
                    .at(uri.getRequestUri()).toResponse();
        }
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
        Optional<Problem> badInput = RefusedData.in(exception)
                .map(refused -> Problem.of("value-not-storable", "Value not storable", 400, "A value of the request"
                        + " is longer or further out of range than the service stores"))
                .or(() -> unreadableForm(exception));
        if (badInput.isPresent()) {
            return badInput.get().at(uri.getRequestUri()).toResponse();
        }
        LOG.error("Unexpected failure", exception);
        return Problem.of("internal", "Internal error", 500, "The service could not complete the request")
                .at(uri.getRequestUri()).toResponse();
    }

    /**
     * RESTEasy Reactive's form parser refuses a form with more parts than {@code quarkus.http.limits.max-parameters}
     * with a bare RuntimeException, and a form that ends before its last boundary with an IOException; both are
     * recognised by where they come from.
     */
    private static Optional<Problem> unreadableForm(Exception exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        if (trace.length == 0 || !trace[0].getClassName().startsWith(FormData.class.getPackageName() + ".")) {
            return Optional.empty();
        }
        if (exception instanceof IOException) {
            return Optional.of(Problem.of("unreadable-form", "Unreadable form", 400,
                    "The multipart form is cut short or not delimited by its boundary"));
        }
        if (exception.getClass() == RuntimeException.class) {
            int maxParts = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-parameters", Integer.class);
            return Optional.of(Problem.of("too-many-parts", "Too many parts", 413,
                    "A form has at most " + maxParts + " parts"));
        }
        return Optional.empty();
    }

    private static String shortened(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    private static Stream<Throwable> causes(Throwable exception) {
        return Stream.iterate(exception, Objects::nonNull, cause -> cause.getCause() == cause ? null : cause.getCause());
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
