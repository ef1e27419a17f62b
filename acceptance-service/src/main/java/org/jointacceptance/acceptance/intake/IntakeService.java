package org.jointacceptance.acceptance.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Applicant;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.Project;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.routing.RoutedDepartment;
import org.jointacceptance.acceptance.routing.RoutingRules;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.event.InspectionRequested;
import org.jointacceptance.messaging.event.IntakeDecided;
import org.jointacceptance.messaging.event.IntakeOutcome;
import org.jointacceptance.messaging.outbox.Outbox;

/**
 * The one window: takes an application, starts the joint stage's clock and sends every required department its
 * inspection request, all in one transaction with the events that announce it.
 */
@ApplicationScoped
public class IntakeService {

    private final RoutingRules routing;
    private final JointStageClock stageClock;
    private final Outbox outbox;
    private final Timeline timeline;
    private final Clock clock;

    public IntakeService(RoutingRules routing, JointStageClock stageClock, Outbox outbox, Timeline timeline,
            Clock clock) {
        this.routing = routing;
        this.stageClock = stageClock;
        this.outbox = outbox;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public Application submit(ApplicationRequest request) {
        Application application = newApplication(request);
        LocalDate acceptedOn = stageClock.today();
        application.intakeOutcome = IntakeOutcome.ACCEPTED;
        application.intakeAcceptedOn = acceptedOn;
        application.dueDate = stageClock.stageDueDate(acceptedOn, 0);
        application.calendarVersion = stageClock.calendarVersion();
        application.status = ApplicationStatus.IN_INSPECTION;
        LocalDate departmentDueDate = stageClock.departmentDueDate(acceptedOn);
        for (Section section : application.sections) {
            for (RoutedDepartment routed : routing.departmentsFor(application.project)) {
                section.inspections.add(newInspection(section, routed, departmentDueDate));
            }
        }
        application.persist();

        UUID eventId = outbox.append(Application.AGGREGATE_TYPE, application.id, new IntakeDecided(application.id,
                application.project.code, application.project.name, application.applicant.toEvent(),
                application.intakeOutcome, null, application.dueDate, null));
        timeline.record(application.id, null, "applicant:" + application.applicant.creditCode, "INTAKE_ACCEPTED",
                "Due " + application.dueDate + " (calendar " + application.calendarVersion + ")", eventId);
        for (Section section : application.sections) {
            for (SectionInspection inspection : section.inspections) {
                UUID requestId = outbox.append(Application.AGGREGATE_TYPE, application.id,
                        inspectionRequested(application, inspection));
                timeline.record(application.id, section.id, "system", "INSPECTION_REQUESTED", inspection.department
                        + " (" + inspection.mode + "), round " + inspection.round + ", due " + inspection.dueDate,
                        requestId);
            }
        }
        return application;
    }

    private Application newApplication(ApplicationRequest request) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.submittedAt = OffsetDateTime.now(clock);
        application.applicant = applicant(request.applicant());
        application.project = project(request.project());
        int position = 0;
        for (ApplicationRequest.SectionRequest requested : request.sections()) {
            Section section = new Section();
            section.id = UUID.randomUUID();
            section.application = application;
            section.position = ++position;
            section.name = requested.name();
            section.buildings.addAll(requested.buildings());
            section.floorArea = requested.floorArea();
            section.status = SectionStatus.IN_INSPECTION;
            section.round = 1;
            application.sections.add(section);
        }
        return application;
    }

    private static SectionInspection newInspection(Section section, RoutedDepartment routed, LocalDate dueDate) {
        SectionInspection inspection = new SectionInspection();
        inspection.id = UUID.randomUUID();
        inspection.section = section;
        inspection.department = routed.department();
        inspection.mode = routed.mode();
        inspection.round = section.round;
        inspection.state = InspectionState.REQUESTED;
        inspection.dueDate = dueDate;
        inspection.requestedOn = section.application.intakeAcceptedOn;
        return inspection;
    }

    private static InspectionRequested inspectionRequested(Application application, SectionInspection inspection) {
        Project project = application.project;
        return new InspectionRequested(application.id, inspection.section.id, inspection.section.name,
                inspection.department, inspection.round, inspection.mode, project.code, project.name,
                project.address, project.district, inspection.dueDate, List.of());
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

    private static Project project(ApplicationRequest.ProjectRequest request) {
        Project project = new Project();
        project.code = request.code();
        project.name = request.name();
        project.address = request.address();
        project.district = request.district();
        project.use = request.use();
        project.height = request.height();
        project.floorsAboveGround = request.floorsAboveGround();
        project.floorsBelowGround = request.floorsBelowGround();
        project.grossFloorArea = request.grossFloorArea();
        project.fireCategory = request.fireCategory();
        project.civilAirDefenseWorks = request.civilAirDefenseWorks();
        project.civilAirDefenseArea = request.civilAirDefenseArea();
        project.lightningProtectionRequired = request.lightningProtectionRequired();
        return project;
    }
}
