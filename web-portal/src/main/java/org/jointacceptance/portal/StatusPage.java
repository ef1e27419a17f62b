package org.jointacceptance.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The public status lookup: with the number and lookup code printed on the intake receipt, anyone (a building's future
 * owner, a bank) sees the project, its stage and its due date, without signing in. A wrong code and an unknown
 * number look the same; a reader who asks too often waits a minute.
 */
@Path("/status")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class StatusPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(String number, String code, String problem,
                PublicAcceptanceService.Status status);
    }

    private final PublicAcceptanceService acceptance;
    private final LookupLimit limit;
    private final PageContext page;
    private final RoutingContext request;

    StatusPage(@RestClient PublicAcceptanceService acceptance, LookupLimit limit, PageContext page,
            RoutingContext request) {
        this.acceptance = acceptance;
        this.limit = limit;
        this.page = page;
        this.request = request;
    }

    @GET
    public Response lookUp(@QueryParam("number") String number, @QueryParam("code") String code) {
        String typedNumber = number == null ? "" : number.trim();
        String typedCode = code == null ? "" : code.trim();
        if (typedNumber.isEmpty() && typedCode.isEmpty()) {
            return show(200, typedNumber, typedCode, null, null);
        }
        if (typedNumber.isEmpty() || typedCode.isEmpty() || typedNumber.length() > 40 || typedCode.length() > 16) {
            return show(400, typedNumber, typedCode, "incomplete", null);
        }
        if (!limit.allows(request.request().remoteAddress().hostAddress())) {
            return show(429, typedNumber, typedCode, "tooOften", null);
        }
        try {
            return show(200, typedNumber, typedCode, null, acceptance.status(typedNumber, typedCode));
        } catch (WebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 404) {
                return show(404, typedNumber, typedCode, "noMatch", null);
            }
            if (status == 429) {
                return show(429, typedNumber, typedCode, "tooOften", null);
            }
            throw refused;
        }
    }

    private Response show(int status, String number, String code, String problem,
            PublicAcceptanceService.Status found) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render(Templates.status(number, code, problem, found)).render()).build();
    }
}
