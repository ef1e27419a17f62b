package org.jointacceptance.portal;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What the reader sees when a page cannot be shown: the same answer for an application that does not exist and one
 * that is not theirs, and a plain word, never a stack trace, when a service is down.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String message);
    }

    private final PageContext page;

    ErrorPages(PageContext page) {
        this.page = page;
    }

    /** A service's refusal (or the portal's own, for an unknown page). */
    @ServerExceptionMapper
    public Response refused(WebApplicationException refusal) {
        int status = refusal.getResponse().getStatus();
        if (status == 404 || status == 403) {
            return page(404, "notFound");
        }
        LOG.warnf("A service answered %d: %s", status, refusal.getMessage());
        return page(502, "unavailable");
    }

    /** A service that does not answer. */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException failure) {
        LOG.warnf("A service does not answer: %s", failure.getMessage());
        return page(503, "unavailable");
    }

    private Response page(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render(Templates.error(message)).render()).build();
    }
}
