package org.jointacceptance.problem;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
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
    /** How long an overloaded service asks to be left alone before a request is tried again. */
    private static final int RETRY_AFTER_SECONDS = 2;

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri, HttpHeaders headers) {
        return answer(exception, uri, headers);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException exception, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        Locale language = ProblemWords.of(headers.getAcceptableLanguages());
        return ProblemException.invalid("validation", errors.size()).problem(language).withErrors(errors)
                .at(uri.getRequestUri()).toResponse();
    }

    /** Takes precedence over Quarkus' own mapper for this exception, which answers in plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException exception, UriInfo uri, HttpHeaders headers) {
        return unreadable(exception, uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException exception, UriInfo uri, HttpHeaders headers) {
        if (causes(exception).anyMatch(StreamConstraintsException.class::isInstance)) {
            return answer(ProblemException.invalid("json-too-complex", JsonReadLimits.MAX_NESTING_DEPTH,
                    JsonReadLimits.MAX_STRING_LENGTH, JsonReadLimits.MAX_NUMBER_LENGTH, JsonReadLimits.MAX_NAME_LENGTH),
                    uri, headers);
        }
        String field = exception instanceof MismatchedInputException mismatch ? path(mismatch) : "";
        Object[] value = exception instanceof InvalidFormatException format
                ? new Object[] { shortened(String.valueOf(format.getValue())) } : new Object[0];
        String words = value.length == 0 ? "unreadable-body.shape" : "unreadable-body";
        ProblemException problem = ProblemException.worded("unreadable-body", words, 400, value);
        return answer(field.isEmpty() ? problem : problem.withError(field, words, value), uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception, UriInfo uri, HttpHeaders headers) {
        Optional<JsonProcessingException> unreadableJson = causes(exception)
                .filter(JsonProcessingException.class::isInstance).map(JsonProcessingException.class::cast).findFirst();
        if (unreadableJson.isPresent()) {
            return unreadable(unreadableJson.get(), uri, headers);
        }
        if (exception instanceof NotFoundException && exception.getCause() != null) {
            // RESTEasy's way of saying that a path or query parameter could not be converted to its type
            return answer(ProblemException.invalid("invalid-parameter"), uri, headers);
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", exception);
        }
        String kind = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        Locale language = ProblemWords.of(headers.getAcceptableLanguages());
        String key = "status." + status.getStatusCode();
        if (!ProblemWords.has(key, language)) {
            return Problem.of(kind, status.getReasonPhrase(), status.getStatusCode(), status.getReasonPhrase())
                    .at(uri.getRequestUri()).toResponse();
        }
        String title = ProblemWords.text(key, language);
        String detail = ProblemWords.has(key + ".detail", language) ? ProblemWords.text(key + ".detail", language)
                : title;
        return Problem.of(kind, title, status.getStatusCode(), detail).at(uri.getRequestUri()).toResponse();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception exception, UriInfo uri, HttpHeaders headers) {
        Optional<ProblemException> badInput = RefusedData.in(exception)
                .map(refused -> ProblemException.invalid("value-not-storable"))
                .or(() -> unreadableForm(exception));
        if (badInput.isPresent()) {
            return answer(badInput.get(), uri, headers);
        }
        if (causes(exception).anyMatch(ProblemMappers::noConnectionFree)) {
            LOG.warnf("Busy: no database connection came free in time for %s %s", uri.getRequestUri().getPath(),
                    exception.getClass().getSimpleName());
            return Response.fromResponse(answer(new ProblemException("busy", 503, RETRY_AFTER_SECONDS), uri, headers))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected failure", exception);
        return answer(new ProblemException("internal", 500), uri, headers);
    }

    private static Response answer(ProblemException problem, UriInfo uri, HttpHeaders headers) {
        return problem.problem(ProblemWords.of(headers.getAcceptableLanguages())).at(uri.getRequestUri()).toResponse();
    }

    /**
     * RESTEasy Reactive's form parser refuses a form with more parts than {@code quarkus.http.limits.max-parameters}
     * with a bare RuntimeException, and a form that ends before its last boundary with an IOException; both are
     * recognised by where they come from.
     */
    private static Optional<ProblemException> unreadableForm(Exception exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        if (trace.length == 0 || !trace[0].getClassName().startsWith(FormData.class.getPackageName() + ".")) {
            return Optional.empty();
        }
        if (exception instanceof IOException) {
            return Optional.of(ProblemException.invalid("unreadable-form"));
        }
        if (exception.getClass() == RuntimeException.class) {
            int maxParts = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-parameters", Integer.class);
            return Optional.of(new ProblemException("too-many-parts", 413, maxParts));
        }
        return Optional.empty();
    }

    /**
     * Whether the connection pool refused to hand out a connection (none came free in time, or it is closing): the
     * service is overloaded or stopping, so the caller may try again, which a 503 with Retry-After says. The pool
     * (Agroal) throws a plain SQLException for it, recognised by where it comes from.
     */
    private static boolean noConnectionFree(Throwable exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return exception instanceof SQLException && trace.length > 0
                && trace[0].getClassName().startsWith("io.agroal.pool.");
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
