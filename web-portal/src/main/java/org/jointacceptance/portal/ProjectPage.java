package org.jointacceptance.portal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A project's whole life: its sections and where each stands, the applications made for it (each with its own clock),
 * its overall filing once every section is accepted, and the versions of its details. The firm declares one more
 * section here; the lead center and supervisors read every project.
 */
@Path("/projects")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProjectPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance projects(List<AcceptanceService.ProjectLine> projects);

        static native TemplateInstance project(AcceptanceService.Project project,
                List<AcceptanceService.ProjectVersion> versions, String problem);
    }

    private final AcceptanceService acceptance;
    private final PageContext page;

    ProjectPage(@RestClient AcceptanceService acceptance, PageContext page) {
        this.acceptance = acceptance;
        this.page = page;
    }

    @GET
    public TemplateInstance list() {
        return page.render(Templates.projects(acceptance.projects()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance one(@PathParam("id") UUID id) {
        return shown(id, null);
    }

    /** The firm declares one more section; a refusal is shown beside the form. */
    @POST
    @Path("/{id}/sections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@PathParam("id") UUID id, @RestForm String name) {
        if (name == null || name.isBlank()) {
            return refused(id, page.words(ProjectWords.class).sectionNameRequired());
        }
        try {
            acceptance.declareSection(id, new AcceptanceService.SectionDeclaration(name.strip()));
        } catch (WebApplicationException refusal) {
            if (refusal.getResponse().getStatus() == 404) {
                throw refusal;
            }
            return refused(id, ServiceProblem.of(refusal).said());
        }
        return Response.seeOther(URI.create("/projects/" + id + "#sections")).build();
    }

    private Response refused(UUID id, String problem) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(shown(id, problem).render()).build();
    }

    private TemplateInstance shown(UUID id, String problem) {
        return page.render(Templates.project(acceptance.project(id), acceptance.projectVersions(id), problem));
    }
}
