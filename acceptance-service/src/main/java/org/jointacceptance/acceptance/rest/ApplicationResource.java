package org.jointacceptance.acceptance.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.filing.CompletionFiling;
import org.jointacceptance.acceptance.filing.FilingPdf;
import org.jointacceptance.acceptance.intake.ApplicationRequest;
import org.jointacceptance.acceptance.intake.IntakeService;
import org.jointacceptance.acceptance.intake.SubmissionRequest;
import org.jointacceptance.acceptance.rectification.RectificationRequest;
import org.jointacceptance.acceptance.rectification.RectificationService;
import org.jointacceptance.acceptance.timeline.TimelineEntry;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.problem.ProblemException;

/** The one window and the application's status, for construction firms and coordinators. */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationResource {

    private static final String PDF = "application/pdf";

    private final IntakeService intake;
    private final RectificationService rectifications;
    private final JointStageClock stageClock;
    private final ApplicationViews views;
    private final VisibleApplications visible;
    private final Caller caller;
    private final FilingPdf filingPdf;

    public ApplicationResource(IntakeService intake, RectificationService rectifications, JointStageClock stageClock,
            ApplicationViews views, VisibleApplications visible, Caller caller, FilingPdf filingPdf) {
        this.intake = intake;
        this.rectifications = rectifications;
        this.stageClock = stageClock;
        this.views = views;
        this.visible = visible;
        this.caller = caller;
        this.filingPdf = filingPdf;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Prepare an application for joint completion acceptance",
            description = "Keeps the application as a DRAFT and answers with the materials the window requires of it "
                    + "(`requiredMaterials`: each kind's departments, and whether it is key). Upload them to "
                    + "`/applications/{id}/materials`, then submit it to `/applications/{id}/submission`.")
    @APIResponse(responseCode = "201", description = "The draft; `requiredMaterials` lists what to upload")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in the problem's errors")
    @APIResponse(responseCode = "403", description = "The applicant named is not the caller's firm")
    @RolesAllowed(Role.APPLICANT)
    @Transactional
    public Response prepare(@NotNull @Valid ApplicationRequest request, UriInfo uri) {
        requireOwnFirm(request);
        Application application = intake.prepare(request);
        URI location = uri.getAbsolutePathBuilder().path(application.id.toString()).build();
        return Response.created(location).entity(views.of(application)).build();
    }

    private void requireOwnFirm(ApplicationRequest request) {
        if (caller.creditCode().filter(request.applicant().creditCode()::equals).isEmpty()) {
            throw new ProblemException("not-your-firm", 403);
        }
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft before it is submitted",
            description = "The whole application as in `POST /applications`. Sections keep their ids by position; "
                    + "the required materials follow the project as changed.")
    @APIResponse(responseCode = "200", description = "The draft as changed")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in the problem's errors")
    @APIResponse(responseCode = "403", description = "The applicant named is not the caller's firm")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "No longer a draft")
    @RolesAllowed(Role.APPLICANT)
    @Transactional
    public ApplicationView revise(@PathParam("id") UUID id, @NotNull @Valid ApplicationRequest request) {
        visible.get(id);
        requireOwnFirm(request);
        return views.of(intake.revise(id, request));
    }

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the application to the one window",
            description = "The window checks the jurisdiction and the materials. Nothing missing, and the city's window "
                    + "officers review files: `AWAITING_REVIEW` until an officer confirms it (the outcomes below follow) "
                    + "or returns it (`CORRECTION_REQUIRED`), by `reviewBy`. `ACCEPTED`: the 16-working-day clock "
                    + "starts and every required department is asked to inspect every section. "
                    + "`ACCEPTED_WITH_TOLERANCE`: the same, with the non-key materials promised in the body owed by "
                    + "their dates; no section is accepted until they arrive. `CORRECTION_REQUIRED`: "
                    + "`missingMaterials` lists everything missing at once; upload it and submit again. "
                    + "`NOT_ACCEPTED`: `intakeReason` says why. The body may be empty when nothing is owed.")
    @APIResponse(responseCode = "200", description = "The window's outcome, in `intakeOutcome` and `status`")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Already submitted, accepted or refused at the window")
    @APIResponse(responseCode = "400", description = "A promise for a material not required, or outside the tolerance limit")
    @RolesAllowed(Role.APPLICANT)
    @Transactional
    public ApplicationView submit(@PathParam("id") UUID id, @Valid SubmissionRequest request) {
        visible.get(id);
        return views.of(intake.submit(id, request == null ? new SubmissionRequest(null) : request));
    }

    /** The same submission with nothing promised, as a bare {@code POST} without a body sends it. */
    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    @RolesAllowed(Role.APPLICANT)
    @Transactional
    public ApplicationView submitPromisingNothing(@PathParam("id") UUID id, String body) {
        visible.get(id);
        if (body != null && !body.isBlank()) {
            throw ProblemException.worded("unsupported-media-type", "unsupported-media-type.submission", 415);
        }
        return views.of(intake.submit(id, new SubmissionRequest(null)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One application: required materials, sections, each department's inspection per round, decisions")
    @APIResponse(responseCode = "404", description = "No such application")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER })
    @Transactional
    public ApplicationView get(@PathParam("id") UUID id) {
        return views.of(visible.get(id));
    }

    @POST
    @Path("/{id}/sections/{sectionId}/rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a section's rectification notice",
            description = "One answer per finding of the notice, with the SHA-256 digests of evidence uploaded as "
                    + "materials. Only the departments that failed the section inspect again, in the next round.")
    @APIResponse(responseCode = "200", description = "The next round has started")
    @APIResponse(responseCode = "400", description = "A finding unanswered, answered twice, or unknown evidence")
    @APIResponse(responseCode = "409", description = "The section awaits no rectification")
    @RolesAllowed(Role.APPLICANT)
    @Transactional
    public ApplicationView rectify(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            @NotNull @Valid RectificationRequest request) {
        visible.get(id);
        return views.of(rectifications.submit(id, sectionId, request).application);
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Every state change of the application: who, when, what, why, and which event")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER })
    public List<TimelineView> timeline(@PathParam("id") UUID id) {
        visible.get(id);
        return TimelineEntry.of(id).stream().map(TimelineView::of).toList();
    }

    @GET
    @Path("/{id}/filing")
    @Operation(summary = "The project's completion acceptance filing, once every section is accepted")
    @APIResponse(responseCode = "404", description = "No filing (yet)")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER })
    public FilingView filing(@PathParam("id") UUID id) {
        return FilingView.of(filingOf(visible.get(id)));
    }

    @GET
    @Path("/{id}/filing")
    @Produces(PDF)
    @Operation(summary = "The completion acceptance filing as a PDF document signed with the center's seal",
            description = "In Chinese, the language of record; in English when the first language asked for "
                    + "(Accept-Language) is English. Made once per language and kept: every copy is the same file.")
    @APIResponse(responseCode = "200", description = "The signed PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No filing (yet)")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER })
    public Response filingPdf(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        CompletionFiling filing = filingOf(visible.get(id));
        return Response.ok(filingPdf.file(filing, AskedLanguage.of(headers)))
                .header("Content-Disposition", "inline; filename=\"" + filing.number + ".pdf\"").build();
    }

    private static CompletionFiling filingOf(Application application) {
        CompletionFiling filing = CompletionFiling.of(application);
        if (filing == null) {
            throw ProblemException.notFound("completion-filing", application.id);
        }
        return filing;
    }

    /**
     * One line of the timeline: {@code detail} says it in English; {@code department}, {@code round}, {@code day},
     * {@code subject} and {@code reason} are its facts apart (each absent when it has none), for a page to word in
     * its reader's language.
     */
    public record TimelineView(java.time.OffsetDateTime at, String actor, String action, UUID sectionId, String detail,
            String department, Integer round, java.time.LocalDate day, String subject, String reason,
            String eventId) {

        static TimelineView of(TimelineEntry entry) {
            return new TimelineView(entry.occurredAt, entry.actor, entry.action, entry.sectionId, entry.detail,
                    entry.department, entry.round, entry.namedDay, entry.subject, entry.reason, entry.eventId);
        }
    }

    @GET
    @Operation(summary = "List applications, key projects first, then most urgent (earliest due) first",
            description = "Filters combine: status, district, a department with an open inspection, a section in a "
                    + "given round, due on or before a date, overdue. An applicant sees its own firm's only.")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER })
    public List<ApplicationSummary> list(@QueryParam("status") ApplicationStatus status,
            @QueryParam("applicant") @Size(max = 18) String applicantCreditCode,
            @QueryParam("district") @Pattern(regexp = "^[0-9]{6}$") String district,
            @QueryParam("department") @Size(max = 64) String department,
            @QueryParam("round") @Min(1) @Max(100) Integer round,
            @QueryParam("dueBefore") LocalDate dueBefore,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        StringBuilder query = new StringBuilder("from Application a where 1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and a.status = :status");
            parameters.and("status", status);
        }
        if (applicantCreditCode != null) {
            query.append(" and a.applicant.creditCode = :applicant");
            parameters.and("applicant", applicantCreditCode);
        }
        visible.onlyFirm().ifPresent(firm -> {
            query.append(" and a.applicant.creditCode = :firm");
            parameters.and("firm", firm);
        });
        if (district != null) {
            query.append(" and a.project.district = :district");
            parameters.and("district", district);
        }
        if (department != null) {
            query.append(" and exists (from SectionInspection i where i.section.application = a"
                    + " and i.department = :department and i.state = :requested)");
            parameters.and("department", department).and("requested", InspectionState.REQUESTED);
        }
        if (round != null) {
            query.append(" and exists (from Section s where s.application = a and s.round = :round)");
            parameters.and("round", round);
        }
        if (dueBefore != null) {
            query.append(" and a.dueDate <= :dueBefore");
            parameters.and("dueBefore", dueBefore);
        }
        if (overdue) {
            query.append(" and a.dueDate < :today and a.status in :open");
            parameters.and("today", stageClock.today())
                    .and("open", ApplicationStatus.RUNNING);
        }
        query.append(" order by a.keyProject desc, a.dueDate asc nulls last, a.submittedAt asc");
        return Application.<Application>find(query.toString(), parameters)
                .page(Page.of(page, size)).list().stream().map(views::summary).toList();
    }

    @GET
    @Path("/{id}/matrix")
    @Operation(summary = "The coordinator's matrix: each section against each department, with state and round")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER })
    public MatrixView matrix(@PathParam("id") UUID id) {
        return MatrixView.of(visible.get(id));
    }
}
