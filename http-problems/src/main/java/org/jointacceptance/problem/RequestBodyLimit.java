package org.jointacceptance.problem;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request that declares a body larger than {@code quarkus.http.limits.max-body-size}, or a JSON body larger
 * than {@link #MAX_JSON_BODY_BYTES}, with a 413 problem before reading any of it. Quarkus would answer the first with
 * the bare status and read the second whole; a body sent in chunks, without a declared length, is held to
 * {@code max-body-size} alone, and gets that bare 413 once it outgrows it.
 */
@ApplicationScoped
public class RequestBodyLimit {

    /** A JSON request body: far more than any request of ours holds. */
    public static final long MAX_JSON_BODY_BYTES = 1024 * 1024;

    private final long maxBodySize;
    private final long maxJsonBodySize;
    private final ObjectMapper mapper;

    public RequestBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ObjectMapper mapper) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxJsonBodySize = Math.min(MAX_JSON_BODY_BYTES, this.maxBodySize);
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseLarger);
    }

    private void refuseLarger(RoutingContext context) {
        boolean json = json(context);
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !declared.matches("\\d{1,18}")
                || Long.parseLong(declared) <= (json ? maxJsonBodySize : maxBodySize)) {
            context.next();
            return;
        }
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE.toString())
                .putHeader(HttpHeaders.CONNECTION, "close").end(problem(json ? ProblemException.worded(
                        "request-too-large", "request-too-large.json", 413, maxJsonBodySize)
                        : new ProblemException("request-too-large", 413, maxBodySize), context));
    }

    /** Whether the request's body is JSON, by its content type. */
    static boolean json(RoutingContext context) {
        String mediaType = String.valueOf(context.request().getHeader(HttpHeaders.CONTENT_TYPE)).split(";", 2)[0]
                .strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private String problem(ProblemException problem, RoutingContext context) {
        try {
            return mapper.writeValueAsString(problem.problem(ProblemWords.of(context.acceptableLanguages().stream()
                    .map(language -> Locale.forLanguageTag(language.tag())).toList())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem is always JSON", e);
        }
    }
}
