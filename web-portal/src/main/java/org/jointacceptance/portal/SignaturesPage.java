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
 * department with a question. A department's correction that came after its round was decided waits here too, for the
 * lead to decide the round again with it or let the decision stand. Coordinators and supervisors see the queue;
 * acceptance-service lets only the lead center act on it.
 */
@Path("/signatures")
@RolesAllowed({ "coordinator", "lead-center", "supervisor" })
@Produces(MediaType.TEXT_HTML)
public class SignaturesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signatures(List<AcceptanceService.AwaitedSignature> awaited,
                List<AcceptanceService.LateCorrection> lateCorrections, Signed signed, Map<UUID, String> problems);
    }

    private final AcceptanceService acceptance;
    private final PageContext page;

    SignaturesPage(@RestClient AcceptanceService acceptance, PageContext page) {
        this.acceptance = acceptance;
        this.page = page;
    }

    /** What the lead just did: signed, asked a question, or settled a late correction one way or the other. */
    public enum Step {
        SIGNED, QUESTIONED, REOPENED, STANDS
    }

    /** The section the lead just acted on, as the application now says it; null when the page shows none. */
    public record Signed(UUID applicationId, String projectName, String sectionName, String status, Step step) {
    }

    @GET
    public TemplateInstance queue(@QueryParam("application") UUID application, @QueryParam("section") UUID section,
            @QueryParam("step") Step step) {
        return shown(signed(application, section, step == null ? Step.SIGNED : step), Map.of());
    }

    @POST
    @Path("/{application}/{section}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(@PathParam("application") UUID application, @PathParam("section") UUID section,
            @RestForm String decision) {
        return act(application, section, section, Step.SIGNED,
                () -> acceptance.sign(application, section, new AcceptanceService.Signature(decision)));
    }

    @POST
    @Path("/{application}/{section}/question")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response question(@PathParam("application") UUID application, @PathParam("section") UUID section,
            @RestForm String department, @RestForm String question) {
        return act(application, section, section, Step.QUESTIONED, () -> acceptance.question(application, section,
                new AcceptanceService.Question(department, given(question))));
    }

    @POST
    @Path("/{application}/{section}/late-corrections/{correction}/reopening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("application") UUID application, @PathParam("section") UUID section,
            @PathParam("correction") UUID correction, @RestForm String reason) {
        return act(application, section, correction, Step.REOPENED, () -> acceptance.reopenOnCorrection(
                application, section, correction, new AcceptanceService.Reasoned(given(reason))));
    }

    @POST
    @Path("/{application}/{section}/late-corrections/{correction}/standing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response letStand(@PathParam("application") UUID application, @PathParam("section") UUID section,
            @PathParam("correction") UUID correction, @RestForm String reason) {
        return act(application, section, correction, Step.STANDS, () -> acceptance.letDecisionStand(
                application, section, correction, new AcceptanceService.Reasoned(given(reason))));
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Does the step, then shows the queue saying what was done; a refusal is shown beside what it was about
     * ({@code shownBy}: the section's decision, or the late correction) in the queue.
     */
    private Response act(UUID application, UUID section, UUID shownBy, Step done, Runnable step) {
        try {
            step.run();
        } catch (WebApplicationException refusal) {
            return Response.status(refusal.getResponse().getStatus() == 403 ? 403 : 400)
                    .type(MediaType.TEXT_HTML_TYPE)
                    .entity(shown(null, Map.of(shownBy, ServiceProblem.of(refusal).said())).render()).build();
        }
        return Response.seeOther(URI.create("/signatures?application=" + application + "&section=" + section
                + "&step=" + done + "#signed")).build();
    }

    private TemplateInstance shown(Signed signed, Map<UUID, String> problems) {
        return page.render(Templates.signatures(acceptance.signatures(), acceptance.lateCorrections(), signed,
                problems));
    }

    private Signed signed(UUID application, UUID section, Step step) {
        if (application == null || section == null) {
            return null;
        }
        try {
            ApplicationPage.Application shown = acceptance.application(application);
            return shown.sections().stream().filter(candidate -> candidate.id().equals(section)).findFirst()
                    .map(found -> new Signed(application, shown.project().name(), found.name(), found.status(),
                            step))
                    .orElse(null);
        } catch (WebApplicationException notShown) {
            return null;
        }
    }
}
