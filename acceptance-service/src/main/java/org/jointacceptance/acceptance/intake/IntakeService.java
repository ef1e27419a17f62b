package org.jointacceptance.acceptance.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.application.Applicant;
import org.jointacceptance.acceptance.application.Application.MissingMaterial;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.acceptance.material.Material;
import org.jointacceptance.acceptance.owed.OwedMaterial;
import org.jointacceptance.acceptance.project.ProjectRegistry;
import org.jointacceptance.acceptance.routing.RoutedDepartment;
import org.jointacceptance.acceptance.routing.RoutingRules;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.access.AuditLog;
import org.jointacceptance.access.Person;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeMaterial;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.IntakeRefusal;
import org.jointacceptance.problem.ProblemException;

/**
 * The one window. A firm prepares its application as a draft and uploads its materials; when it submits, the window
 * checks that the project lies in the city's jurisdiction and that every material its departments require is there.
 * Missing key materials, or non-key ones without a promised date, give one correction notice listing everything; a
 * non-key material promised within the tolerance limit is owed. Where the city has its window officers review the
 * file (形式审查), a complete submission waits for one to confirm it, or to return it naming what is wrong with which
 * material; past the officer's working days it is accepted by itself. An accepted application starts the joint
 * stage's clock on that day and every required department is asked to inspect every section, in one transaction with
 * the events.
 */
@ApplicationScoped
public class IntakeService {

    private final RoutingRules routing;
    private final RequiredMaterials requiredMaterials;
    private final InspectionRequests requests;
    private final JointStageClock stageClock;
    private final StageDeadline deadline;
    private final Timeline timeline;
    private final IntakeReceipts receipts;
    private final Clock clock;
    private final AuditLog audit;
    private final ProjectRegistry projects;
    private final int toleranceWorkingDays;
    private final int reviewWorkingDays;
    private final Set<String> districts;

    public IntakeService(RoutingRules routing, RequiredMaterials requiredMaterials, InspectionRequests requests,
            JointStageClock stageClock, StageDeadline deadline, Timeline timeline, IntakeReceipts receipts, Clock clock,
            AuditLog audit, ProjectRegistry projects,
            @ConfigProperty(name = "acceptance.intake.tolerance-working-days") int toleranceWorkingDays,
            @ConfigProperty(name = "acceptance.intake.review-working-days") int reviewWorkingDays,
            @ConfigProperty(name = "acceptance.intake.districts") Set<String> districts) {
        this.routing = routing;
        this.requiredMaterials = requiredMaterials;
        this.requests = requests;
        this.stageClock = stageClock;
        this.deadline = deadline;
        this.timeline = timeline;
        this.receipts = receipts;
        this.clock = clock;
        this.audit = audit;
        this.projects = projects;
        this.toleranceWorkingDays = toleranceWorkingDays;
        this.reviewWorkingDays = reviewWorkingDays;
        this.districts = Set.copyOf(districts);
    }

    /** Keeps the firm's application as a draft: nothing is checked or counted until it is submitted. */
    @Transactional
    public Application prepare(ApplicationRequest request) {
        Application application = newApplication(request);
        projects.check(application);
        application.persist();
        timeline.record(application.id, null, applicant(application), "DRAFT_PREPARED",
                application.sections.size() + " section(s); " + required(application).size()
                        + " kind(s) of material required", Particulars.NONE, null);
        return application;
    }

    /**
     * The firm changes its draft: applicant, project and sections as in {@code request}. A section keeps its identity
     * by its position; sections beyond the new list are dropped. Once submitted, an application is no longer a draft.
     */
    @Transactional
    public Application revise(UUID id, ApplicationRequest request) {
        Application application = locked(id);
        if (application.status != ApplicationStatus.DRAFT) {
            throw ProblemException.conflict("not-a-draft", application.status);
        }
        application.applicant = applicant(request.applicant());
        application.project = request.project().toProject();
        List<ApplicationRequest.SectionRequest> sections = request.sections();
        for (int i = 0; i < sections.size(); i++) {
            ApplicationRequest.SectionRequest requested = sections.get(i);
            if (i < application.sections.size()) {
                application.sections.get(i).describe(requested.name(), requested.buildings(), requested.floorArea());
            } else {
                application.sections.add(Section.draft(application, i + 1, requested.name(), requested.buildings(),
                        requested.floorArea()));
            }
        }
        application.sections.subList(sections.size(), application.sections.size()).clear();
        projects.check(application);
        timeline.record(application.id, null, applicant(application), "DRAFT_REVISED",
                application.sections.size() + " section(s); " + required(application).size()
                        + " kind(s) of material required", Particulars.NONE, null);
        return application;
    }

    /**
     * The days a firm may promise to supply a non-key material by, if it submits today: the working days after today
     * up to the tolerance limit.
     */
    public List<LocalDate> promisableDays() {
        LocalDate today = stageClock.today();
        List<LocalDate> days = new ArrayList<>();
        for (int n = 1; n <= toleranceWorkingDays; n++) {
            days.add(stageClock.calendar().plusWorkingDays(today, n));
        }
        return days;
    }

    /** What the window will ask of this application, given the departments its project is routed to. */
    public List<RequiredMaterials.Requirement> required(Application application) {
        return requiredMaterials.requiredBy(routing.departmentsFor(application.project).stream()
                .map(RoutedDepartment::department).toList());
    }

    @Transactional
    public Application submit(UUID id, SubmissionRequest request) {
        Application application = locked(id);
        if (application.status != ApplicationStatus.DRAFT
                && application.status != ApplicationStatus.CORRECTION_REQUIRED) {
            throw ProblemException.conflict("already-submitted", application.status);
        }
        if (!districts.contains(application.project.district)) {
            return notAccepted(application, IntakeRefusal.OUTSIDE_JURISDICTION, "District "
                    + application.project.district + " is outside the jurisdiction of this window");
        }
        projects.enrol(application);
        LocalDate today = stageClock.today();
        LocalDate latestPromise = stageClock.calendar().plusWorkingDays(today, toleranceWorkingDays);
        List<RequiredMaterials.Requirement> required = required(application);
        Map<String, LocalDate> promises = promises(request, required, today, latestPromise);
        Set<String> supplied = Material.suppliedTypes(application.id,
                file -> application.returned(file.type, file.sha256));

        List<MissingMaterial> missing = new ArrayList<>();
        List<OwedMaterial> owed = new ArrayList<>();
        List<IntakeMaterial> told = new ArrayList<>();
        for (RequiredMaterials.Requirement requirement : required) {
            if (supplied.contains(requirement.type())) {
                continue;
            }
            LocalDate promisedBy = promises.get(requirement.type());
            boolean owes = !requirement.key() && promisedBy != null;
            if (requirement.key()) {
                missing.add(new MissingMaterial(requirement.type(), requirement.name(), true,
                        "A key material: it cannot be owed, it must be supplied", null, null));
            } else if (!owes) {
                missing.add(new MissingMaterial(requirement.type(), requirement.name(), false,
                        "Supply it, or promise to supply it by " + latestPromise(latestPromise) + " at the latest", null,
                        null));
            } else {
                owed.add(owed(application, requirement, promisedBy));
            }
            told.add(new IntakeMaterial(requirement.type(), requirement.name(), requirement.nameZh(),
                    requirement.key(), owes ? promisedBy : null));
        }
        application.submittedAt = OffsetDateTime.now(clock);
        application.missingMaterials = missing;
        if (!missing.isEmpty()) {
            // the correction notice lists what is missing; what was promised is owed only once it is accepted
            told.removeIf(material -> material.promisedBy() != null);
            return correctionRequired(application, missing, told);
        }
        owed.forEach(material -> material.persist());
        if (reviewWorkingDays > 0) {
            application.awaitReview(stageClock.calendar().plusWorkingDays(today, reviewWorkingDays));
            timeline.record(application.id, null, applicant(application), "INTAKE_AWAITING_REVIEW",
                    "Nothing missing; a window officer reviews the file by " + application.reviewBy,
                    Particulars.NONE.on(application.reviewBy), null);
            return application;
        }
        return accept(application, owed);
    }

    /** A window officer found the file in order: the window accepts it today, and the clock starts. Audited. */
    @Transactional
    public Application confirmReview(UUID id, Person officer) {
        Application application = locked(id);
        application.requireAwaitingReview();
        String actor = "coordinator:" + officer.login();
        timeline.record(application.id, null, actor, "INTAKE_REVIEWED", "The window officer found the file in order",
                Particulars.NONE, null);
        audit.record(actor, "INTAKE_REVIEWED", "application " + id);
        return accept(application, OwedMaterial.outstanding(application.id));
    }

    /**
     * A window officer returns the file with a correction notice naming what is wrong with which material; each must
     * be one the application has a file of. The firm uploads other files, promises again what it owes, and submits
     * again. Audited.
     */
    @Transactional
    public Application returnForCorrection(UUID id, ReviewReturn returned, Person officer) {
        Application application = locked(id);
        application.requireAwaitingReview();
        Map<String, RequiredMaterials.Requirement> required = required(application).stream()
                .collect(Collectors.toMap(RequiredMaterials.Requirement::type, requirement -> requirement));
        Set<String> supplied = Material.suppliedTypes(application.id,
                file -> application.returned(file.type, file.sha256));
        List<MissingMaterial> notice = new ArrayList<>();
        for (ReviewReturn.Material material : returned.materials()) {
            RequiredMaterials.Requirement requirement = required.get(material.type());
            if (requirement == null || !supplied.contains(material.type())) {
                throw ProblemException.invalid("material-not-supplied", material.type());
            }
            if (notice.stream().anyMatch(listed -> listed.type().equals(material.type()))) {
                throw ProblemException.invalid("material-returned-twice", material.type());
            }
            notice.add(new MissingMaterial(requirement.type(), requirement.name(), requirement.key(),
                    "Returned by the window officer: " + material.problem() + (material.remark() == null ? ""
                            : " (" + material.remark() + ")"), material.problem(), material.remark()));
        }
        application.returnForCorrection(notice, Material.ofApplication(application.id).stream()
                .filter(file -> notice.stream().anyMatch(listed -> listed.type().equals(file.type)))
                .map(file -> new Application.ReturnedFile(file.type, file.sha256)).toList());
        OwedMaterial.outstanding(application.id).forEach(material -> material.delete());
        String actor = "coordinator:" + officer.login();
        audit.record(actor, "INTAKE_RETURNED", "application " + id + ": " + notice.stream()
                .map(material -> material.type() + " " + material.problem()).collect(Collectors.joining(", ")));
        timeline.announce(application.id, null, actor, "INTAKE_RETURNED", application.intakeReason + ": "
                + notice.stream().map(MissingMaterial::note).collect(Collectors.joining("; ")), Particulars.NONE,
                intakeDecided(application, notice.stream().map(material -> material.name() + " (" + material.type()
                        + "): " + material.note()).toList(), List.of(), null));
        return application;
    }

    /**
     * Accepts, as the window, each file no officer reviewed by its last day; each in its own transaction, so that
     * one cannot hold up the others. Returns how many it accepted.
     */
    public int acceptUnreviewed() {
        List<UUID> lapsed = QuarkusTransaction.requiringNew().call(() -> Application.<Application>list(
                "status = ?1 and reviewBy < ?2", ApplicationStatus.AWAITING_REVIEW, stageClock.today()).stream()
                .map(application -> application.id).toList());
        int accepted = 0;
        for (UUID id : lapsed) {
            accepted += QuarkusTransaction.requiringNew().call(() -> {
                Application application = locked(id);
                if (application.status != ApplicationStatus.AWAITING_REVIEW
                        || !stageClock.today().isAfter(application.reviewBy)) {
                    return 0;
                }
                timeline.record(application.id, null, "window", "INTAKE_REVIEW_LAPSED", "No window officer "
                        + "reviewed the file by " + application.reviewBy + "; the window accepts it as checked",
                        Particulars.NONE.on(application.reviewBy), null);
                accept(application, OwedMaterial.outstanding(application.id));
                return 1;
            });
        }
        return accepted;
    }

    private static Application locked(UUID id) {
        Application application = Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw ProblemException.notFound("application", id);
        }
        return application;
    }

    private Application notAccepted(Application application, IntakeRefusal refusal, String reason) {
        application.submittedAt = OffsetDateTime.now(clock);
        application.status = ApplicationStatus.NOT_ACCEPTED;
        application.intakeOutcome = IntakeOutcome.NOT_ACCEPTED;
        application.intakeReason = reason;
        decided(application, List.of(), List.of(), refusal, "INTAKE_NOT_ACCEPTED", reason);
        return application;
    }

    private Application correctionRequired(Application application, List<MissingMaterial> missing,
            List<IntakeMaterial> told) {
        application.status = ApplicationStatus.CORRECTION_REQUIRED;
        application.intakeOutcome = IntakeOutcome.CORRECTION_REQUIRED;
        application.intakeReason = missing.size() + " required material(s) missing";
        decided(application, missing.stream().map(material -> material.name() + " (" + material.type() + "): "
                + material.note()).toList(), told, null, "INTAKE_CORRECTION_REQUIRED", application.intakeReason + ": "
                + missing.stream().map(MissingMaterial::type).collect(Collectors.joining(", ")));
        return application;
    }

    /** Accepts the application today, owing {@code owed} (stored already): the clock starts, departments are asked. */
    private Application accept(Application application, List<OwedMaterial> owed) {
        List<IntakeMaterial> told = owed.stream().map(material -> new IntakeMaterial(material.type, material.name,
                material.nameZh, false, material.promisedBy)).toList();
        LocalDate acceptedOn = stageClock.today();
        application.intakeOutcome = owed.isEmpty() ? IntakeOutcome.ACCEPTED : IntakeOutcome.ACCEPTED_WITH_TOLERANCE;
        application.intakeReason = null;
        application.reviewBy = null;
        application.intakeAcceptedOn = acceptedOn;
        receipts.issue(application, acceptedOn);
        application.dueDate = stageClock.stageDueDate(acceptedOn, 0, application.keyProject);
        application.calendarVersion = stageClock.calendarVersion();
        application.status = ApplicationStatus.IN_INSPECTION;
        LocalDate departmentDueDate = stageClock.departmentDueDate(acceptedOn, application.keyProject);
        Map<String, InspectionMode> departments = new LinkedHashMap<>();
        routing.departmentsFor(application.project).forEach(routed -> departments.put(routed.department(),
                routed.mode()));
        List<Material> materials = Material.ofApplication(application.id);
        List<SectionInspection> asked = new ArrayList<>();
        for (Section section : application.sections) {
            asked.addAll(section.open(departments, acceptedOn, departmentDueDate));
        }
        decided(application, owed.stream().map(material -> material.name + " (" + material.type + "), promised by "
                + material.promisedBy).toList(), told, null, "INTAKE_" + application.intakeOutcome, "Due "
                + application.dueDate + " (calendar " + application.calendarVersion + ")" + (owed.isEmpty() ? ""
                        : "; owed: " + owed.stream().map(material -> material.type + " by " + material.promisedBy)
                                .collect(Collectors.joining(", "))));
        deadline.tell(application, "intake accepted");
        for (SectionInspection inspection : asked) {
            timeline.announce(application.id, inspection.section.id, "system", "INSPECTION_REQUESTED",
                    inspection.department + " (" + inspection.mode + "), round " + inspection.round + ", due "
                            + inspection.dueDate,
                    Particulars.of(inspection.department, inspection.round).on(inspection.dueDate),
                    requests.of(inspection, List.of(), materials));
        }
        return application;
    }

    /** Announces the window's outcome and puts it on the application's record. */
    private void decided(Application application, List<String> materials, List<IntakeMaterial> told,
            IntakeRefusal refusal, String action, String detail) {
        timeline.announce(application.id, null, "window", action, detail, Particulars.NONE.on(application.dueDate),
                intakeDecided(application, materials, told, refusal));
    }

    private IntakeDecided intakeDecided(Application application, List<String> materials, List<IntakeMaterial> told,
            IntakeRefusal refusal) {
        return new IntakeDecided(application.id, application.project.code, application.project.name,
                application.applicant.toEvent(), application.intakeOutcome, application.intakeReason,
                application.dueDate, materials, stageClock.isProvisional(application.dueDate), application.number,
                application.lookupCode, told, refusal);
    }

    /** The tolerance limit as the firm reads it: provisional while its year's holiday notice is not loaded. */
    private String latestPromise(LocalDate latestPromise) {
        return latestPromise + (stageClock.isProvisional(latestPromise) ? " (provisional: "
                + latestPromise.getYear() + "'s holiday notice is not loaded yet)" : "");
    }

    /** The firm's promises by material type, each for a required material and within the tolerance limit. */
    private Map<String, LocalDate> promises(SubmissionRequest request, List<RequiredMaterials.Requirement> required,
            LocalDate today, LocalDate latestPromise) {
        Set<String> requiredTypes = required.stream().map(RequiredMaterials.Requirement::type)
                .collect(Collectors.toSet());
        Map<String, LocalDate> promises = new HashMap<>();
        for (SubmissionRequest.Promise promise : request.promises()) {
            if (!requiredTypes.contains(promise.type())) {
                throw ProblemException.invalid("material-not-required", promise.type(),
                        String.join(", ", requiredTypes.stream().sorted().toList()));
            }
            String nameZh = required.stream().filter(material -> material.type().equals(promise.type())).findFirst()
                    .map(RequiredMaterials.Requirement::nameZh).orElse(promise.type());
            if (!promise.supplyBy().isAfter(today) || promise.supplyBy().isAfter(latestPromise)) {
                throw ProblemException.worded("promise-out-of-range", stageClock.isProvisional(latestPromise)
                        ? "promise-out-of-range.provisional" : "promise-out-of-range", 400, toleranceWorkingDays,
                        promise.type(), today, latestPromise, promise.supplyBy(), nameZh);
            }
            if (promises.put(promise.type(), promise.supplyBy()) != null) {
                throw ProblemException.invalid("promise-repeated", promise.type(), nameZh);
            }
        }
        return promises;
    }

    private static OwedMaterial owed(Application application, RequiredMaterials.Requirement requirement,
            LocalDate promisedBy) {
        OwedMaterial owed = new OwedMaterial();
        owed.id = UUID.randomUUID();
        owed.applicationId = application.id;
        owed.type = requirement.type();
        owed.name = requirement.name();
        owed.nameZh = requirement.nameZh();
        owed.promisedBy = promisedBy;
        return owed;
    }

    private static String applicant(Application application) {
        return "applicant:" + application.applicant.creditCode;
    }

    private Application newApplication(ApplicationRequest request) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.status = ApplicationStatus.DRAFT;
        application.submittedAt = OffsetDateTime.now(clock);
        application.applicant = applicant(request.applicant());
        application.project = request.project().toProject();
        for (ApplicationRequest.SectionRequest requested : request.sections()) {
            application.sections.add(Section.draft(application, application.sections.size() + 1, requested.name(),
                    requested.buildings(), requested.floorArea()));
        }
        return application;
    }

    private static Applicant applicant(ApplicationRequest.ApplicantRequest request) {
        Applicant applicant = new Applicant();
        applicant.creditCode = request.creditCode();
        applicant.name = request.name();
        applicant.contactName = request.contactName();
        applicant.contactPhone = request.contactPhone();
        applicant.contactEmail = request.contactEmail();
        return applicant;
    }
}
