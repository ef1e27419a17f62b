package org.jointacceptance.portal;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A new application in one form (the project once, then its sections), kept as a draft the firm changes until it
 * submits it. The browser checks each field as it is typed against the API's limits; acceptance-service checks them
 * again, and each problem it names is shown next to its field.
 */
@Path("/applications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApplicationFormPage {

    @CheckedTemplate
    static class Templates {
        /** {@code draft} is null for a new application. */
        static native TemplateInstance form(ApplicationForm form, ApplicationPage.Application draft);
    }

    private final AcceptanceService acceptance;
    private final PageContext page;

    ApplicationFormPage(@RestClient AcceptanceService acceptance, PageContext page) {
        this.acceptance = acceptance;
        this.page = page;
    }

    /** A new application; with {@code project}, for that registered project's sections not yet applied for. */
    @GET
    @Path("/new")
    public TemplateInstance blank(@QueryParam("project") UUID project) {
        ApplicationForm form = ApplicationForm.blank(page.claim("credit_code"), page.name(), page.claim("email"));
        return page.render(Templates.form(project == null ? form : form.forProject(acceptance.project(project)),
                null));
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response prepare(MultivaluedMap<String, String> sent) {
        return save(ApplicationForm.posted(sent), sent.getFirst("action"), null);
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") UUID id) {
        ApplicationPage.Application draft = acceptance.application(id);
        return page.render(Templates.form(ApplicationForm.of(draft), draft));
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return save(ApplicationForm.posted(sent), sent.getFirst("action"), acceptance.application(id));
    }

    /**
     * Adds or removes a section and shows the form again, or saves the draft and shows the application with the
     * materials it requires.
     */
    private Response save(ApplicationForm form, String action, ApplicationPage.Application draft) {
        if ("add-section".equals(action)) {
            return show(200, form.withSectionAdded(), draft);
        }
        if (action != null && action.startsWith("remove-section-")) {
            return show(200, form.withoutSection(index(action.substring("remove-section-".length()))), draft);
        }
        ApplicationForm checked = form.withUnreadableNumbers(page.messages().notANumber());
        if (checked.refused()) {
            return show(400, checked, draft);
        }
        try {
            ApplicationPage.Application saved = draft == null ? acceptance.prepare(form.request())
                    : acceptance.revise(draft.id(), form.request());
            return Response.seeOther(URI.create("/applications/" + saved.id() + "#materials")).build();
        } catch (WebApplicationException refusal) {
            return show(400, form.refusedWith(ServiceProblem.of(refusal)), draft);
        }
    }

    private Response show(int status, ApplicationForm form, ApplicationPage.Application draft) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render(Templates.form(form, draft)).render()).build();
    }

    private static int index(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
