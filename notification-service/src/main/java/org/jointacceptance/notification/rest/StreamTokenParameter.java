package org.jointacceptance.notification.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

/**
 * Lets a browser's EventSource, which cannot send headers, follow the live stream: on {@code GET
 * /notifications/stream} only, and only when no Authorization header came, the {@code access_token} query parameter
 * is taken as the bearer token. SmallRye JWT reads tokens from a header or a cookie, not from the query string.
 */
@ApplicationScoped
public class StreamTokenParameter {

    static final String NAME = "access_token";
    private static final String STREAM = "/notifications/stream";

    void acceptOnTheStream(@Observes Router router) {
        router.get(STREAM).order(Integer.MIN_VALUE).handler(context -> {
            HttpServerRequest request = context.request();
            String token = request.getParam(NAME);
            if (token != null && !token.isBlank() && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
                request.headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token.strip());
            }
            context.next();
        });
    }
}
