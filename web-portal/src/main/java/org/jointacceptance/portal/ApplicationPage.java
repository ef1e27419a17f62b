package org.jointacceptance.portal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * A firm's applications: the list, and one application with what the firm does on it: upload the materials the window
 * requires (or promise a non-key one by a working day), submit it, read the correction notice, answer a section's
 * rectification notice with evidence, and open the opinions and the completion filing. Coordinators and supervisors
 * read the same page; a coordinator's interventions on it are {@link CoordinationPage}'s.
 */
@Path("/applications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApplicationPage {

    /** The kind of upload that answers a rectification notice. */
    static final String EVIDENCE = "rectification-evidence";
    /** What a window officer may find wrong with a material (acceptance-service's ReviewProblem). */
    static final List<String> REVIEW_PROBLEMS = List.of("UNREADABLE", "WRONG_PROJECT", "UNSIGNED", "INCOMPLETE",
            "EXPIRED", "OTHER");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance applications(List<AcceptanceService.ApplicationLine> applications);

        static native TemplateInstance application(Application application, List<Timeline.Line> timeline,
                PageProblems problems);

        static native TemplateInstance filing(Application application, AcceptanceService.Filing filing);
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
        return shown(acceptance, page, id, PageProblems.NONE);
    }

    /** The application's page, with the problems of what was just sent shown where it was sent from. */
    static TemplateInstance shown(AcceptanceService acceptance, PageContext page, UUID id, PageProblems problems) {
        Application application = acceptance.application(id);
        return page.render(Templates.application(application, Timeline.of(acceptance.timeline(id), application,
                page.messages(), page.locale().equals(Language.ENGLISH)), problems));
    }

    /**
     * A material, uploaded with the page's form or by its script (which asks for JSON, to show the upload's progress
     * and then the page again).
     */
    @POST
    @Path("/{id}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    public Response upload(@PathParam("id") UUID id, @RestForm("type") String type, @RestForm("file") FileUpload file,
            @HeaderParam("Accept") String accept) {
        boolean script = accept != null && accept.startsWith(MediaType.APPLICATION_JSON);
        String field = "material-" + type;
        String problem = null;
        if (file == null || file.fileName() == null || file.fileName().isEmpty() || file.size() == 0) {
            problem = page.messages().chooseFile();
        } else {
            try {
                store(id, type, file);
            } catch (WebApplicationException refusal) {
                problem = uploadProblem(ServiceProblem.of(refusal));
            }
        }
        if (script) {
            return problem == null ? Response.noContent().build()
                    : Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("message", problem)).build();
        }
        return problem == null ? backTo(id, "materials") : again(id, PageProblems.with(Map.of(field, problem)));
    }

    /** Hands the application to the window, with a promised day for each non-key material the firm owes. */
    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        List<AcceptanceService.Promise> promises = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            String day = field.getValue().isEmpty() ? "" : field.getValue().get(0);
            if (field.getKey().startsWith("promise-") && !day.isEmpty()) {
                try {
                    promises.add(new AcceptanceService.Promise(field.getKey().substring("promise-".length()),
                            LocalDate.parse(day)));
                } catch (DateTimeParseException unreadable) {
                    return again(id, PageProblems.with(Map.of("submission", page.messages().chooseDay())));
                }
            }
        }
        try {
            acceptance.submit(id, new AcceptanceService.Submission(promises));
        } catch (WebApplicationException refusal) {
            return again(id, PageProblems.with(Map.of("submission", ServiceProblem.of(refusal).detail())));
        }
        return backTo(id, "outcome");
    }

    /**
     * The firm's answer to a section's rectification notice: for each finding ({@code answers[i].answer}) what was
     * done, and its evidence files ({@code answers[i].evidence}), uploaded first as rectification evidence.
     */
    @POST
    @Path("/{id}/sections/{sectionId}/rectification")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response rectify(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            MultipartFormDataInput form) {
        Map<String, Collection<FormValue>> values = form.getValues();
        Map<Integer, String> answers = new TreeMap<>();
        Map<Integer, List<String>> evidence = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Collection<FormValue>> field : values.entrySet()) {
                Integer finding = findingOf(field.getKey());
                if (finding == null) {
                    continue;
                }
                for (FormValue value : field.getValue()) {
                    if (field.getKey().endsWith(".answer") && !value.isFileItem()) {
                        answers.put(finding, value.getValue().strip());
                    } else if (field.getKey().endsWith(".evidence") && value.isFileItem() && value.getFileName() != null
                            && !value.getFileName().isEmpty()) {
                        evidence.computeIfAbsent(finding, f -> new ArrayList<>()).add(store(id, EVIDENCE, value));
                    }
                }
            }
            List<AcceptanceService.Answer> request = answers.entrySet().stream()
                    .map(answer -> new AcceptanceService.Answer(answer.getKey(),
                            answer.getValue().isEmpty() ? null : answer.getValue(),
                            evidence.getOrDefault(answer.getKey(), List.of())))
                    .toList();
            acceptance.rectify(id, sectionId, new AcceptanceService.Rectification(request));
        } catch (WebApplicationException refusal) {
            ServiceProblem problem = ServiceProblem.of(refusal);
            Map<String, String> fields = problem.byField();
            return again(id, fields.isEmpty() ? PageProblems.with(Map.of("rectification-" + sectionId, problem.detail()))
                    : PageProblems.with(fields));
        }
        return backTo(id, "section-" + sectionId);
    }

    /** The project's completion acceptance filing, to read and print; with {@code ?download=true}, the signed PDF. */
    @GET
    @Path("/{id}/filing")
    @Produces({ MediaType.TEXT_HTML, "application/pdf" })
    public Response filing(@PathParam("id") UUID id, @QueryParam("download") boolean download) {
        if (download) {
            AcceptanceService.Filing filing = acceptance.filing(id);
            return Response.ok(acceptance.filingPdf(id), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + filing.number() + ".pdf\"").build();
        }
        return Response.ok(page.render(Templates.filing(acceptance.application(id), acceptance.filing(id))),
                MediaType.TEXT_HTML_TYPE).build();
    }

    private Response backTo(UUID id, String fragment) {
        return Response.seeOther(URI.create("/applications/" + id + "#" + fragment)).build();
    }

    /** The page again, with what was wrong next to where it was sent from. */
    private Response again(UUID id, PageProblems problems) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(shown(acceptance, page, id, problems).render()).build();
    }

    private String uploadProblem(ServiceProblem problem) {
        return switch (problem.status()) {
            case 413 -> page.messages().fileTooLarge();
            case 415 -> page.messages().fileTypeNotAccepted();
            default -> problem.detail();
        };
    }

    private void store(UUID id, String type, FileUpload file) {
        acceptance.upload(id, ClientMultipartForm.create().attribute("type", type, null)
                .binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(), file.contentType()));
    }

    /** Stores one evidence file; its SHA-256, by which the answer names it. */
    private String store(UUID id, String type, FormValue file) {
        String mediaType = file.getHeaders().getFirst("Content-Type");
        return acceptance.upload(id, ClientMultipartForm.create().attribute("type", type, null).binaryFileUpload("file",
                file.getFileName(), file.getFileItem().getFile().toString(),
                mediaType == null ? MediaType.APPLICATION_OCTET_STREAM : mediaType)).sha256();
    }

    /** {@code 3} of {@code answers[3].answer}; null for any other field. */
    private static Integer findingOf(String field) {
        if (!field.startsWith("answers[") || field.indexOf(']') < 0) {
            return null;
        }
        try {
            return Integer.valueOf(field.substring("answers[".length(), field.indexOf(']')));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What the page shows of acceptance-service's application view. */
    public record Application(UUID id, String number, String lookupCode, String status, String intakeOutcome,
            LocalDate reviewBy, LocalDate dueDate, boolean dueDateProvisional, Applicant applicant, Project project,
            UUID projectId, List<Material> requiredMaterials, List<MissingMaterial> missingMaterials, List<LocalDate> promisableDays,
            List<Section> sections, String filingNumber, boolean keyProject, String keyProjectReason) {

        /** Whether a window officer is to review the file (形式审查). */
        public boolean awaitsReview() {
            return "AWAITING_REVIEW".equals(status);
        }

        /** The materials the firm has a file of: what a window officer reviews. */
        public List<Material> suppliedMaterials() {
            return requiredMaterials.stream().filter(Material::supplied).toList();
        }

        /** What a window officer may find wrong with a material, in the order the review form offers it. */
        public List<String> reviewProblems() {
            return REVIEW_PROBLEMS;
        }

        /** Whether the firm may still change the application itself. */
        public boolean draft() {
            return "DRAFT".equals(status);
        }

        /** Whether the firm is to upload materials and submit: a draft, or awaiting correction. */
        public boolean awaitsSubmission() {
            return draft() || "CORRECTION_REQUIRED".equals(status);
        }

        /**
         * Whether the page offers a coordinator to end it: accepted at the window and not decided (acceptance-service
         * decides, and says why when it refuses).
         */
        public boolean terminable() {
            return "IN_INSPECTION".equals(status) || "RECTIFICATION_REQUIRED".equals(status);
        }

        /** Whether the page offers a coordinator to put it on the green channel: running, and not a key project yet. */
        public boolean markableAsKeyProject() {
            return !keyProject && terminable();
        }

        /** The departments a coordinator may route a section to, in the order the pages list them. */
        public List<String> departments() {
            return BoardPage.DEPARTMENTS;
        }

        /** A required material by its type, for the correction notice. */
        public Material material(String type) {
            return requiredMaterials.stream().filter(material -> material.type().equals(type)).findFirst()
                    .orElse(null);
        }
    }

    public record Applicant(String creditCode, String name, String contactName, String contactPhone,
            String contactEmail) {
    }

    /** A kind of material the window requires, and where it stands. */
    public record Material(String type, String name, String nameZh, boolean key, String state, LocalDate promisedBy,
            LocalDate suppliedOn) {

        public boolean supplied() {
            return "SUPPLIED".equals(state);
        }

        /** A non-key material not yet there may be promised by a day. */
        public boolean promisable() {
            return !key && "NOT_SUPPLIED".equals(state);
        }
    }

    /** What the window's last check found missing. */
    /** A material missing, or returned by a window officer with the problem found and the officer's remark. */
    public record MissingMaterial(String type, String name, boolean key, String problem, String remark) {
    }

    public record Project(String code, String name, String address, String district, String use, BigDecimal height,
            Integer floorsAboveGround, Integer floorsBelowGround, BigDecimal grossFloorArea, String fireCategory,
            Boolean civilAirDefenseWorks, BigDecimal civilAirDefenseArea, Boolean lightningProtectionRequired) {
    }

    public record Section(UUID id, String name, List<String> buildings, BigDecimal floorArea, String status, int round,
            LocalDate rectifyBy, List<Inspection> inspections, List<Decision> decisions, Opinion opinion,
            JointVisit jointVisit) {

        /** The slot a department asked for instead of the joint visit proposed: what the coordinator may propose next. */
        public VisitAnswer askedSlot() {
            return jointVisit == null ? null : jointVisit.askedSlot();
        }

        /** Whether the coordinator may propose its joint site visit: departments of its round are still to inspect. */
        public boolean jointVisitProposable() {
            return "IN_INSPECTION".equals(status) && inspections.stream()
                    .anyMatch(inspection -> inspection.round() == round && "REQUESTED".equals(inspection.state()));
        }

        /** The rectification notice the firm is to answer now; null when it has none to answer. */
        public Decision notice() {
            if (!"RECTIFICATION_REQUIRED".equals(status)) {
                return null;
            }
            return decisions.stream().filter(decision -> decision.round() == round).reduce((first, last) -> last)
                    .orElse(null);
        }
    }

    public record Inspection(String department, int round, String state, LocalDate dueDate, List<Finding> findings) {
    }

    /**
     * The section's joint site visit (集中验收) as last proposed: when, where, and each department's answer
     * ({@code AWAITED}, {@code CONFIRMED}, or {@code OTHER_SLOT} with the slot asked and why); fixed when all came to
     * confirm it.
     */
    public record JointVisit(int round, LocalDate date, String time, String meetingPoint, String reason,
            String proposedBy, OffsetDateTime fixedAt, List<VisitAnswer> answers) {

        public boolean fixed() {
            return fixedAt != null;
        }

        /** The slot a department asked for instead, the latest asked: what the coordinator may propose next. */
        public VisitAnswer askedSlot() {
            return answers.stream().filter(answer -> "OTHER_SLOT".equals(answer.state())).reduce((first, last) -> last)
                    .orElse(null);
        }
    }

    public record VisitAnswer(String department, String state, LocalDate askedDate, String askedTime, String reason,
            String by) {
    }

    public record Finding(String description, String requiredAction, List<EvidenceFile> evidence) {

        public Finding {
            evidence = evidence == null ? List.of() : evidence;
        }
    }

    /** A file an inspector attached to a finding. */
    public record EvidenceFile(String name, String sha256) {
    }

    /** The decision at the end of a round; a rectification notice lists every department's findings. */
    public record Decision(int round, String decision, List<NoticeFinding> findings, OffsetDateTime decidedAt) {
    }

    public record NoticeFinding(String department, String description, String requiredAction) {
    }

    public record Opinion(String number) {
    }

    /** What was wrong with what the reader sent, by the field (or form) it was sent from. */
    public record PageProblems(Map<String, String> fields) {

        static final PageProblems NONE = new PageProblems(Map.of());

        static PageProblems with(Map<String, String> fields) {
            return new PageProblems(Map.copyOf(fields));
        }

        public String of(String field) {
            return fields.get(field);
        }

        /** The problem with the answer to finding {@code finding} of a rectification notice. */
        public String answer(int finding) {
            return fields.get("answers[" + finding + "].answer");
        }
    }
}
