package org.jointacceptance.acceptance.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.intake.ApplicationRequest;
import org.jointacceptance.acceptance.project.ProjectRegistry;
import org.jointacceptance.acceptance.project.ProjectVersion;
import org.jointacceptance.acceptance.project.RegisteredProject;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.problem.ProblemException;

/**
 * A project's whole life: registered once by its code, its sections declared and applied for whenever each is
 * finished, one overall filing when every section is accepted. A firm sees and changes its own projects; the lead
 * center and supervisors see every one.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectResource {

    private final ProjectRegistry registry;
    private final Caller caller;

    public ProjectResource(ProjectRegistry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    /** A firm registers its project, declaring the sections it will apply for (more may be declared later). */
    @Schema(name = "ProjectRegistration")
    public record Registration(
            @NotBlank @Size(max = 200) @Schema(example = "Dalian Haiwan Construction Co., Ltd.") String firmName,
            @NotNull @Valid ApplicationRequest.ProjectRequest project,
            @NotEmpty @Size(max = 50) @Schema(example = "[\"Section 1: towers 1# and 2#\", \"Section 2: kindergarten\"]")
            List<@NotBlank @Size(max = 200) String> sections) {
    }

    /** The project's attributes declared again, and why. */
    @Schema(name = "ProjectChange")
    public record Change(@NotNull @Valid ApplicationRequest.ProjectRequest project,
            @NotBlank @Size(max = 2000) @Schema(example = "Two more floors below ground, as built") String reason) {
    }

    /** One more section to be applied for. */
    @Schema(name = "SectionDeclaration")
    public record Declaration(@NotBlank @Size(max = 200) @Schema(example = "Section 3: kindergarten") String name) {
    }

    /** A line of the project list. */
    public record ProjectSummary(UUID id, String code, String name, String district, String ownerName,
            int sections, String filingNumber) {

        static ProjectSummary of(RegisteredProject project) {
            return new ProjectSummary(project.id, project.attributes.code, project.attributes.name,
                    project.attributes.district, project.ownerName, project.sections.size(), project.filingNumber);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a project by its construction permit's project code, declaring its sections",
            description = "A project is registered once in the city and belongs to the firm that registers it. Its "
                    + "sections are applied for whenever each is finished, each application with its own clock; the "
                    + "overall filing is issued once every declared section is accepted. An application for a code "
                    + "not yet registered registers it on submission, with the sections it names.")
    @APIResponse(responseCode = "201", description = "The project registered")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a section named twice")
    @APIResponse(responseCode = "409", description = "A project with the code is registered already")
    @RolesAllowed(Role.APPLICANT)
    @Transactional
    public Response register(@NotNull @Valid Registration registration, UriInfo uri) {
        RegisteredProject project = registry.register(registration.project().toProject(), registration.sections(),
                firm(), registration.firmName());
        URI location = uri.getAbsolutePathBuilder().path(project.id.toString()).build();
        return Response.created(location).entity(view(project)).build();
    }

    @GET
    @Operation(summary = "List projects, by code; a firm sees its own")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR })
    public List<ProjectSummary> list(@QueryParam("code") @Size(max = 64) String code) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!seesEveryProject()) {
            query.append(" and ownerCreditCode = :firm");
            parameters = parameters.and("firm", firm());
        }
        if (code != null && !code.isBlank()) {
            query.append(" and attributes.code = :code");
            parameters = parameters.and("code", code.strip());
        }
        return RegisteredProject.<RegisteredProject>find(query.toString(), Sort.descending("registeredAt"),
                parameters).page(0, 200).list().stream().map(ProjectSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The project's whole life: sections and where each stands, applications, overall filing")
    @APIResponse(responseCode = "404", description = "No such project, or not the caller's firm's")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR })
    @Transactional
    public RegisteredProjectView get(@PathParam("id") UUID id) {
        return view(visible(id));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Every version of the project's attributes: who declared it, when and why")
    @APIResponse(responseCode = "404", description = "No such project, or not the caller's firm's")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR })
    public List<RegisteredProjectView.ProjectVersionView> versions(@PathParam("id") UUID id) {
        return ProjectVersion.of(visible(id).id).stream().map(RegisteredProjectView.ProjectVersionView::of)
                .toList();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare the project's attributes again, saying why: a change is its next version",
            description = "Applications already made keep the attributes they were declared with; the next one "
                    + "declares the project as it is then.")
    @APIResponse(responseCode = "400", description = "Invalid fields, or another project code")
    @APIResponse(responseCode = "404", description = "No such project, or not the caller's firm's")
    @RolesAllowed(Role.APPLICANT)
    @Transactional
    public RegisteredProjectView change(@PathParam("id") UUID id, @NotNull @Valid Change change) {
        return view(registry.change(visible(id), change.project().toProject(), firm(), change.reason()));
    }

    @POST
    @Path("/{id}/sections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare one more section of the project, to be applied for when finished",
            description = "Possible until the overall filing: the filing waits for every declared section.")
    @APIResponse(responseCode = "404", description = "No such project, or not the caller's firm's")
    @APIResponse(responseCode = "409", description = "A section has the name, or the project is filed")
    @RolesAllowed(Role.APPLICANT)
    @Transactional
    public RegisteredProjectView declare(@PathParam("id") UUID id, @NotNull @Valid Declaration declaration) {
        RegisteredProject project = visible(id);
        registry.declare(project, declaration.name());
        return view(project);
    }

    private RegisteredProjectView view(RegisteredProject project) {
        return RegisteredProjectView.of(project, registry.claims(project));
    }

    private RegisteredProject visible(UUID id) {
        RegisteredProject project = RegisteredProject.findById(id);
        if (project == null || !seesEveryProject() && !project.ownerCreditCode.equals(firm())) {
            throw ProblemException.notFound("project", id);
        }
        return project;
    }

    private boolean seesEveryProject() {
        return caller.is(Role.COORDINATOR) || caller.is(Role.LEAD_CENTER) || caller.is(Role.SUPERVISOR);
    }

    private String firm() {
        return caller.creditCode().orElse("");
    }
}
