package org.jointacceptance.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A firm's applications: the list, and one application with its sections, inspections and decisions. */
@Path("/applications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApplicationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance applications(List<AcceptanceService.ApplicationLine> applications);

        static native TemplateInstance application(Application application);
    }

    private final AcceptanceService acceptance;
    private final PageContext page;

    ApplicationPage(@RestClient AcceptanceService acceptance, PageContext page) {
        this.acceptance = acceptance;
        this.page = page;
    }

    @GET
    public TemplateInstance list() {
        return page.render(Templates.applications(acceptance.applications()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance one(@PathParam("id") UUID id) {
        return page.render(Templates.application(acceptance.application(id)));
    }

    /** What the page shows of acceptance-service's application view. */
    public record Application(UUID id, String number, String lookupCode, String status, LocalDate dueDate,
            boolean dueDateProvisional, Project project, List<Material> requiredMaterials, List<Section> sections) {
    }

    /** A kind of material the window requires, and where it stands. */
    public record Material(String type, String name, String nameZh, boolean key, String state, LocalDate promisedBy,
            LocalDate suppliedOn) {
    }

    public record Project(String code, String name, String address, String district) {
    }

    public record Section(UUID id, String name, String status, int round, LocalDate rectifyBy,
            List<Inspection> inspections, Opinion opinion) {
    }

    public record Inspection(String department, int round, String state, LocalDate dueDate, List<Finding> findings) {
    }

    public record Finding(String description, String requiredAction) {
    }

    public record Opinion(String number) {
    }
}
