package org.jointacceptance.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads a small JSON request body over HTTP/1.1 whole on the event loop, as it arrives, before the request goes on.
 * Without it, the worker thread that runs the request reads the body itself and waits for the event loop to hand it
 * over, which costs two threads' turns and their contention for one lock on every request with a body (a mark, a
 * result): 8 % of a department's CPU under load (docs/performance.md). A larger body, or one sent without a
 * declared length, is still read by the worker as it streams in; {@link RequestBodyLimit} has already refused one too
 * large. Quarkus REST hands a body read this way to a worker thread alone, so no resource method that runs on the
 * event loop takes a body (a rule of ArchitectureRules, in api-testing).
 */
@ApplicationScoped
public class SmallJsonBodies {

    /** The largest body read ahead: far more than a mark or a result holds. */
    static final int MAX_BYTES = 64 * 1024;

    private final BodyHandler whole = BodyHandler.create(false).setBodyLimit(MAX_BYTES);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::readSmallJson);
    }

    private void readSmallJson(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        // an empty body (length 0) is never read ahead: Vert.x then leaves no body for Quarkus REST, which would wait
        boolean small = declared != null && declared.matches("[1-9]\\d{0,4}") && Integer.parseInt(declared) <= MAX_BYTES;
        // Quarkus REST reads the body itself when the client waits to be told to send it (Expect: 100-continue), and
        // over HTTP/2, where it cannot take a request whose body was read before it (it pauses the request first).
        if (small && RequestBodyLimit.json(context) && context.request().getHeader(HttpHeaders.EXPECT) == null
                && context.request().version() != HttpVersion.HTTP_2) {
            whole.handle(context);
        } else {
            context.next();
        }
    }
}
