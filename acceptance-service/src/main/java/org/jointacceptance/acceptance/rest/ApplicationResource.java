package org.jointacceptance.acceptance.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.intake.ApplicationRequest;
import org.jointacceptance.acceptance.intake.IntakeService;
import org.jointacceptance.problem.ProblemException;

/** The one window and the application's status, for construction firms and coordinators. */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationResource {

    private final IntakeService intake;

    public ApplicationResource(IntakeService intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply for joint completion acceptance",
            description = "Checks the application at the one window; when accepted, the 16-working-day clock starts "
                    + "and every required department is asked to inspect every section.")
    @APIResponse(responseCode = "201", description = "Accepted; the body is the application")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in the problem's errors")
    public Response submit(@NotNull @Valid ApplicationRequest request, UriInfo uri) {
        Application application = intake.submit(request);
        URI location = uri.getAbsolutePathBuilder().path(application.id.toString()).build();
        return Response.created(location).entity(ApplicationView.of(application)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One application: sections, each department's inspection per round, decisions")
    @APIResponse(responseCode = "404", description = "No such application")
    public ApplicationView get(@PathParam("id") UUID id) {
        Application application = Application.findById(id);
        if (application == null) {
            throw ProblemException.notFound("Application", id);
        }
        return ApplicationView.of(application);
    }

    @GET
    @Operation(summary = "List applications, most urgent (earliest due) first")
    public List<ApplicationSummary> list(@QueryParam("status") ApplicationStatus status,
            @QueryParam("applicant") String applicantCreditCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (applicantCreditCode != null) {
            query.append(" and applicant.creditCode = :applicant");
            parameters.and("applicant", applicantCreditCode);
        }
        return Application.<Application>find(query.toString(), Sort.by("dueDate").and("submittedAt"), parameters)
                .page(Page.of(page, size)).list().stream().map(ApplicationSummary::of).toList();
    }
}
