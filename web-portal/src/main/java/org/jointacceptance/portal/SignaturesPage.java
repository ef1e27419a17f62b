package org.jointacceptance.portal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The lead center's queue of decisions to sign: each section whose departments all concluded, with the decision
 * their results come to, the findings, and each department's conclusion; the lead signs it here, or returns it to a
 * department with a question. Coordinators and supervisors see the queue; acceptance-service lets only the lead
 * center sign or ask.
 */
@Path("/signatures")
@RolesAllowed({ "coordinator", "lead-center", "supervisor" })
@Produces(MediaType.TEXT_HTML)
public class SignaturesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signatures(List<AcceptanceService.AwaitedSignature> awaited, Signed signed,
                Map<UUID, String> problems);
    }

    private final AcceptanceService acceptance;
    private final PageContext page;

    SignaturesPage(@RestClient AcceptanceService acceptance, PageContext page) {
        this.acceptance = acceptance;
        this.page = page;
    }

    /**
     * The decision just signed, or returned with a question ({@code questioned}), as the application now says it;
     * null when the page shows none.
     */
    public record Signed(UUID applicationId, String projectName, String sectionName, String status,
            boolean questioned) {
    }

    @GET
    public TemplateInstance queue(@QueryParam("application") UUID application, @QueryParam("section") UUID section,
            @QueryParam("questioned") boolean questioned) {
        return shown(signed(application, section, questioned), Map.of());
    }

    @POST
    @Path("/{application}/{section}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(@PathParam("application") UUID application, @PathParam("section") UUID section,
            @RestForm String decision) {
        return act(application, section, false,
                () -> acceptance.sign(application, section, new AcceptanceService.Signature(decision)));
    }

    @POST
    @Path("/{application}/{section}/question")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response question(@PathParam("application") UUID application, @PathParam("section") UUID section,
            @RestForm String department, @RestForm String question) {
        return act(application, section, true, () -> acceptance.question(application, section,
                new AcceptanceService.Question(department,
                        question == null || question.isBlank() ? null : question.strip())));
    }

    /**
     * Signs or asks, then shows the queue saying what was done; a refusal is shown beside the section's decision in
     * the queue.
     */
    private Response act(UUID application, UUID section, boolean questioned, Runnable step) {
        try {
            step.run();
        } catch (WebApplicationException refusal) {
            return Response.status(refusal.getResponse().getStatus() == 403 ? 403 : 400)
                    .type(MediaType.TEXT_HTML_TYPE)
                    .entity(shown(null, Map.of(section, ServiceProblem.of(refusal).said())).render()).build();
        }
        return Response.seeOther(URI.create("/signatures?application=" + application + "&section=" + section
                + (questioned ? "&questioned=true" : "") + "#signed")).build();
    }

    private TemplateInstance shown(Signed signed, Map<UUID, String> problems) {
        return page.render(Templates.signatures(acceptance.signatures(), signed, problems));
    }

    private Signed signed(UUID application, UUID section, boolean questioned) {
        if (application == null || section == null) {
            return null;
        }
        try {
            ApplicationPage.Application shown = acceptance.application(application);
            return shown.sections().stream().filter(candidate -> candidate.id().equals(section)).findFirst()
                    .map(found -> new Signed(application, shown.project().name(), found.name(), found.status(),
                            questioned))
                    .orElse(null);
        } catch (WebApplicationException notShown) {
            return null;
        }
    }
}
