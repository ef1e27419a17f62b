package org.jointacceptance.access;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jointacceptance.problem.ProblemException;
import org.jointacceptance.problem.ProblemWords;

/**
 * Answers a request without a valid token with 401, one whose caller may not do what it asks with 403, both as
 * problem+json, and puts refusals and unverifiable tokens in the audit log. Needs lazy authentication
 * ({@code quarkus.http.auth.proactive=false}), so that these failures reach the REST layer.
 */
public class AccessProblems {

    private final AuditLog audit;
    private final SecurityIdentity identity;

    public AccessProblems(AuditLog audit, SecurityIdentity identity) {
        this.audit = audit;
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception, UriInfo uri, HttpHeaders headers) {
        return unauthorized("unauthenticated", uri, headers);
    }

    @ServerExceptionMapper
    public Response unverifiable(AuthenticationFailedException exception, Request request, UriInfo uri,
            HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return unauthenticated(new UnauthorizedException(), uri, headers);
        }
        recordLater("unknown", AuditLog.AUTHENTICATION_FAILED, request, uri);
        return unauthorized("unauthenticated.unverifiable", uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, Request request, UriInfo uri, HttpHeaders headers) {
        if (identity.isAnonymous()) {
            return unauthenticated(new UnauthorizedException(), uri, headers);
        }
        recordLater(identity.getPrincipal().getName() + " (" + standing() + ")", AuditLog.ACCESS_REFUSED, request, uri);
        return new ProblemException("forbidden", 403).problem(ProblemWords.of(headers.getAcceptableLanguages()))
                .at(uri.getRequestUri()).toResponse();
    }

    /** The roles the caller holds here, and the firm or department its token names. */
    private String standing() {
        String roles = identity.getRoles().isEmpty() ? "no role" : "roles " + String.join(", ", identity.getRoles());
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            for (String claim : List.of(Caller.DEPARTMENT, Caller.CREDIT_CODE)) {
                if (token.getClaim(claim) != null) {
                    roles += "; " + claim + " " + token.getClaim(claim);
                }
            }
        }
        return roles;
    }

    private static Response unauthorized(String words, UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(ProblemException.worded("unauthorized", words, 401)
                .problem(ProblemWords.of(headers.getAcceptableLanguages())).at(uri.getRequestUri()).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** Refusals may be decided on the I/O thread, before the request reaches a worker: write from a worker. */
    private void recordLater(String actor, String action, Request request, UriInfo uri) {
        String detail = request.getMethod() + " " + uri.getRequestUri().getRawPath();
        Infrastructure.getDefaultWorkerPool().execute(() -> audit.recordRefusal(actor, action, detail));
    }
}
