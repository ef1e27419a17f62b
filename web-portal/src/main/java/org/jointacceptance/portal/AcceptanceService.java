package org.jointacceptance.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** acceptance-service's REST API, called with the signed-in user's own access token: it decides what they may see. */
@RegisterRestClient(configKey = "acceptance-service")
@RegisterClientHeaders(SignedInUser.class)
public interface AcceptanceService {

    /** The applications the user may see: a firm's own. */
    @GET
    @Path("/applications")
    List<ApplicationLine> applications();

    /** The coordinators' board: key projects first, then the most urgent, as filtered (null: not filtered). */
    @GET
    @Path("/applications")
    List<ApplicationLine> board(@QueryParam("status") String status, @QueryParam("district") String district,
            @QueryParam("department") String department, @QueryParam("overdue") boolean overdue,
            @QueryParam("size") int size);

    @GET
    @Path("/applications/{id}")
    ApplicationPage.Application application(@PathParam("id") UUID id);

    /** Every state change of the application, oldest first. */
    @GET
    @Path("/applications/{id}/timeline")
    List<TimelineEntry> timeline(@PathParam("id") UUID id);

    /** Keeps a new application as a draft. */
    @POST
    @Path("/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application prepare(Map<String, Object> application);

    /** Changes a draft. */
    @PUT
    @Path("/applications/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application revise(@PathParam("id") UUID id, Map<String, Object> application);

    /** Uploads a material ({@code type}, {@code file}) or a piece of rectification evidence. */
    @POST
    @Path("/applications/{id}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    StoredMaterial upload(@PathParam("id") UUID id, ClientMultipartForm material);

    /** Hands the application to the window, with the promised day of each non-key material still owed. */
    @POST
    @Path("/applications/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application submit(@PathParam("id") UUID id, Submission submission);

    /** Answers a section's rectification notice. */
    @POST
    @Path("/applications/{id}/sections/{sectionId}/rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application rectify(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            Rectification rectification);

    /** A coordinator adds a department to a section's current round ({@code ADDED}) or withdraws one ({@code WITHDRAWN}). */
    @POST
    @Path("/applications/{id}/sections/{sectionId}/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application changeRouting(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            RoutingChange change);

    /** The decisions waiting for the lead center's signature: key projects first, then the longest waiting. */
    @GET
    @Path("/signatures")
    List<AwaitedSignature> signatures();

    /** The departments' corrections that came after their round was decided, for the lead center to settle. */
    @GET
    @Path("/signatures/late-corrections")
    List<LateCorrection> lateCorrections();

    /** The lead center takes up a late correction: the round is decided again with it. */
    @POST
    @Path("/applications/{id}/sections/{sectionId}/late-corrections/{correctionId}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application reopenOnCorrection(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            @PathParam("correctionId") UUID correctionId, Reasoned reason);

    /** The lead center lets the decision stand despite a late correction. */
    @POST
    @Path("/applications/{id}/sections/{sectionId}/late-corrections/{correctionId}/standing")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application letDecisionStand(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            @PathParam("correctionId") UUID correctionId, Reasoned reason);

    /** The lead center signs a section's decision, as the queue showed it. */
    @POST
    @Path("/applications/{id}/sections/{sectionId}/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application sign(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            Signature request);

    /** A window officer confirms the review of a complete submission: the window accepts it today. */
    @POST
    @Path("/applications/{id}/review/confirmation")
    ApplicationPage.Application confirmReview(@PathParam("id") UUID id);

    /** A window officer returns a submission, naming what is wrong with which material. */
    @POST
    @Path("/applications/{id}/review/return")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application returnForCorrection(@PathParam("id") UUID id, ReviewReturn request);

    /** The lead center returns a section's decision to a department with a question, instead of signing it. */
    @POST
    @Path("/applications/{id}/sections/{sectionId}/signature/question")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application question(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            Question request);

    /** A coordinator puts an application on the green channel as a key project. */
    @POST
    @Path("/applications/{id}/key-project")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application markKeyProject(@PathParam("id") UUID id, Reasoned request);

    /** A coordinator ends an application before its decision. */
    @POST
    @Path("/applications/{id}/termination")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application terminate(@PathParam("id") UUID id, Reasoned reason);

    /** A coordinator gives a rejected section one more round. */
    @POST
    @Path("/applications/{id}/sections/{sectionId}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationPage.Application reopen(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            Reasoned reason);

    /** A coordinator proposes a section's joint site visit, or another slot for it. */
    @POST
    @Path("/applications/{id}/sections/{sectionId}/joint-visit")
    @Consumes(MediaType.APPLICATION_JSON)
    void proposeJointVisit(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            JointVisitProposal proposal);

    record RoutingChange(String change, String department, String reason) {
    }

    /** The day (yyyy-MM-dd), time (HH:mm), meeting point of a joint site visit, and why it moves, if it does. */
    record JointVisitProposal(String date, String time, String meetingPoint, String reason) {
    }

    /** The materials a window officer returns, each with what is wrong with it and the officer's remark. */
    record ReviewReturn(List<ReturnedMaterial> materials) {
    }

    record ReturnedMaterial(String type, String problem, String remark) {
    }

    /** What a coordinator does, with the reason that goes on the record. */
    record Reasoned(String reason) {
    }

    /** The project's completion acceptance filing, once every section is accepted. */
    @GET
    @Path("/applications/{id}/filing")
    Filing filing(@PathParam("id") UUID id);

    /** The completion filing as the PDF file acceptance-service signs with the center's seal. */
    @GET
    @Path("/applications/{id}/filing")
    @Produces("application/pdf")
    byte[] filingPdf(@PathParam("id") UUID id);

    /** A joint acceptance opinion as the printable document acceptance-service makes of it. */
    @GET
    @Path("/opinions/{number}")
    @Produces(MediaType.TEXT_HTML)
    String printableOpinion(@PathParam("number") String number);

    /** The opinion as the PDF file acceptance-service signs with the center's seal. */
    @GET
    @Path("/opinions/{number}")
    @Produces("application/pdf")
    byte[] opinionPdf(@PathParam("number") String number);

    /** The years the working calendar has loaded, and the year whose notice is awaited. */
    @GET
    @Path("/calendar")
    Calendar calendar();

    /** One year's arrangement: loaded, or provisional (the statutory holidays alone). */
    @GET
    @Path("/calendar/years/{year}")
    Arrangement arrangement(@PathParam("year") int year);

    /** What the State Council's notice of a year reads to, and what loading it would move; nothing is loaded. */
    @POST
    @Path("/calendar/years/{year}/notice")
    @Consumes(MediaType.TEXT_PLAIN)
    NoticePreview previewNotice(@PathParam("year") int year, String notice);

    /** Loads the notice previewed: {@code confirmation} is the preview's. */
    @PUT
    @Path("/calendar/years/{year}/notice")
    @Consumes(MediaType.TEXT_PLAIN)
    Loaded loadNotice(@PathParam("year") int year, @QueryParam("confirmation") String confirmation,
            @QueryParam("reason") String reason, String notice);

    record Calendar(String version, List<LoadedYear> years, AwaitedYear awaited) {
    }

    record LoadedYear(int year, String version, OffsetDateTime updatedAt, String updatedBy) {
    }

    record AwaitedYear(int year, long runningApplicationsWithProvisionalDates) {
    }

    record Arrangement(int year, String version, String source, List<Holiday> holidays,
            List<LocalDate> makeUpWorkdays) {
    }

    /** A holiday's days off; its name is English, a space, then Chinese ("National Day 国庆节"). */
    record Holiday(String name, LocalDate from, LocalDate to) {

        /** The holiday's name in the reader's language. */
        public String nameIn(String language) {
            int space = name.lastIndexOf(' ');
            if (space < 0) {
                return name;
            }
            return language.startsWith("zh") ? name.substring(space + 1) : name.substring(0, space);
        }
    }

    record NoticePreview(int year, String version, String source, List<Holiday> holidays,
            List<LocalDate> makeUpWorkdays, int daysOff, List<DateMove> moves, String confirmation) {
    }

    /** A date of a running application that loading a notice moves. */
    record DateMove(UUID applicationId, String projectName, String kind, UUID sectionId, String section,
            String department, LocalDate from, LocalDate to, long days) {
    }

    record Loaded(String version, int dueDatesMoved, List<DateMove> moves) {
    }

    /**
     * Each department's working days per round, punctuality and what it has open; most days past its share first. The
     * rounds concluded from {@code from} to {@code to} (yyyy-MM-dd, at most a year apart) in {@code district} (null:
     * the city).
     */
    @GET
    @Path("/statistics/departments")
    List<DepartmentRecord> departmentStatistics(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("district") String district);

    /** The same, month by month, for the months {@code from} to {@code to} (yyyy-MM; null: the last twelve). */
    @GET
    @Path("/statistics/departments/months")
    Months monthlyStatistics(@QueryParam("from") String from, @QueryParam("to") String to);

    /** What each department has open now, by how many working days it has waited. */
    @GET
    @Path("/statistics/backlog")
    List<BacklogRecord> backlog();

    record DepartmentRecord(String department, int concludedRounds, double medianWorkingDays, double p90WorkingDays,
            double onTimeShare, int lateRounds, int workingDaysPastShare, int backlog, int overdueNow) {
    }

    /** The months covered, and each department's record of each month it concluded rounds in. */
    record Months(YearMonth from, YearMonth to, List<MonthRecord> records) {
    }

    record MonthRecord(String department, YearMonth month, int concludedRounds, double medianWorkingDays,
            double p90WorkingDays, double onTimeShare) {
    }

    /** {@code byAge}: the open rounds in the bands 0-5, 6-10, 11-16 and 17+ working days, in that order. */
    record BacklogRecord(String department, List<Integer> byAge, int overdue) {
    }

    /** One timeline entry: its English detail, and its facts apart (each null when it has none). */
    record TimelineEntry(OffsetDateTime at, String actor, String action, UUID sectionId, String detail,
            String department, Integer round, LocalDate day, String subject, String reason) {
    }

    /** One line of the list: where the application stands and what it waits for from whom. */
    record ApplicationLine(UUID id, String number, String projectCode, String projectName, String district,
            String status, LocalDate dueDate, boolean dueDateProvisional, Integer workingDaysLeft, boolean paused,
            List<String> pausedFor, List<Awaited> awaiting, boolean keyProject) {

        /** How many working days past the due date: 0 while it is not past. */
        public int overdueWorkingDays() {
            return workingDaysLeft == null || workingDaysLeft >= 0 ? 0 : -workingDaysLeft;
        }

        /** How urgent the joint stage is, as a traffic light ({@link Urgency}); green while its clock is not running. */
        public String light() {
            return Urgency.of(workingDaysLeft).css();
        }
    }

    /** The department the lead asks, and the question about its result. */
    record Question(String department, String question) {
    }

    /** What the lead signs: the decision as the queue showed it. */
    record Signature(String decision) {
    }

    /**
     * A decision in the lead's queue: the section, what its departments' results come to, each department's
     * conclusion, since when it waits, the day after which the system signs it (null: never) and the stage's due date.
     */
    record AwaitedSignature(UUID applicationId, String applicationNumber, String projectName, boolean keyProject,
            UUID sectionId, String sectionName, int round, String decision,
            List<ApplicationPage.NoticeFinding> findings, List<String> reasons, List<Conclusion> conclusions,
            OffsetDateTime awaitingSince, LocalDate signBy, LocalDate stageDueDate) {
    }

    /**
     * A department's correction that came after its round was decided: the decision standing, and the result it was
     * corrected to, with its findings and why.
     */
    record LateCorrection(UUID id, UUID applicationId, String applicationNumber, String projectName,
            boolean keyProject, UUID sectionId, String sectionName, int round, String standingDecision,
            String department, String result, List<ApplicationPage.Finding> findings, String correctionReason,
            String inspectorName, LocalDate inspectedOn) {
    }

    /** A department's conclusion of the round. */
    record Conclusion(String department, String state, String inspectorName, LocalDate inspectedOn, String reason) {
    }

    /** A department's inspection, the firm's rectification or owed material, or the lead's signature a section waits for. */
    record Awaited(String party, String what, String sectionName, int round, LocalDate dueDate) {
    }

    record StoredMaterial(UUID id, String type, String name, long size, String sha256) {
    }

    record Submission(List<Promise> promises) {
    }

    record Promise(String type, LocalDate supplyBy) {
    }

    record Rectification(List<Answer> answers) {
    }

    record Answer(int finding, String answer, List<String> evidence) {
    }

    /** A completion filing: the project's overall one, or an application's made before projects were registered. */
    record Filing(String number, UUID projectId, UUID applicationId, boolean overall, List<String> opinions,
            List<FiledSection> sections, OffsetDateTime issuedAt) {
    }

    record FiledSection(String section, String opinion, LocalDate issuedOn, String application) {
    }

    /** The projects the user may see: a firm's own. */
    @GET
    @Path("/projects")
    List<ProjectLine> projects();

    @GET
    @Path("/projects/{id}")
    Project project(@PathParam("id") UUID id);

    @GET
    @Path("/projects/{id}/versions")
    List<ProjectVersion> projectVersions(@PathParam("id") UUID id);

    @POST
    @Path("/projects/{id}/sections")
    @Consumes(MediaType.APPLICATION_JSON)
    Project declareSection(@PathParam("id") UUID id, SectionDeclaration declaration);

    record ProjectLine(UUID id, String code, String name, String district, String ownerName, int sections,
            String filingNumber) {
    }

    /** A registered project's whole life (acceptance-service's RegisteredProjectView). */
    record Project(UUID id, String code, int version, OffsetDateTime registeredAt, String ownerCreditCode,
            String ownerName, ApplicationPage.Project attributes, List<DeclaredSection> sections,
            List<ProjectApplication> applications, Filing filing) {

        /** How many declared sections are not accepted yet. */
        public long open() {
            return sections.stream().filter(section -> !"ACCEPTED".equals(section.standing())).count();
        }

        /** The declared sections no application is open for or has accepted: what the firm may apply for next. */
        public List<DeclaredSection> applicable() {
            return sections.stream().filter(section -> "NOT_APPLIED".equals(section.standing())).toList();
        }
    }

    record DeclaredSection(UUID id, int position, String name, OffsetDateTime declaredAt, String standing,
            String opinion, LocalDate opinionIssuedOn, List<AppliedSection> applied) {
    }

    record AppliedSection(UUID applicationId, String applicationNumber, UUID sectionId, String applicationStatus,
            String status) {
    }

    record ProjectApplication(UUID id, String number, String status, OffsetDateTime submittedAt,
            LocalDate intakeAcceptedOn, LocalDate dueDate, List<String> sections) {
    }

    /** A version of a project's details: {@code reason} is the firm's own words when it {@code CHANGED} them. */
    record ProjectVersion(int version, String occasion, OffsetDateTime changedAt, String changedBy, String reason) {
    }

    record SectionDeclaration(String name) {
    }
}
