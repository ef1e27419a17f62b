package org.jointacceptance.portal;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The front page: what the portal is and the way in; a signed-in reader goes straight to their applications. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();
    }

    private final PageContext page;

    HomePage(PageContext page) {
        this.page = page;
    }

    @GET
    public Response home() {
        if (page.signedIn()) {
            return Response.seeOther(URI.create("/applications")).build();
        }
        return Response.ok(page.render(Templates.home())).build();
    }
}
