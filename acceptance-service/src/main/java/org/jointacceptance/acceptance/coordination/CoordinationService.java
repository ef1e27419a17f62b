package org.jointacceptance.acceptance.coordination;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.Project;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.acceptance.coordination.CoordinationRequests.Reasoned;
import org.jointacceptance.acceptance.coordination.CoordinationRequests.RoutingChange;
import org.jointacceptance.acceptance.decision.DecisionService;
import org.jointacceptance.acceptance.intake.InspectionRequests;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.access.AuditLog;
import org.jointacceptance.messaging.event.ApplicationTerminated;
import org.jointacceptance.messaging.event.InspectionMode;
import org.jointacceptance.messaging.event.InspectionRequested;
import org.jointacceptance.messaging.event.RoutingChanged;
import org.jointacceptance.messaging.outbox.Outbox;
import org.jointacceptance.problem.ProblemException;

/** The lead coordinator's interventions, each with its reason on the record and announced to whom it concerns. */
@ApplicationScoped
public class CoordinationService {

    private final JointStageClock stageClock;
    private final DecisionService decisions;
    private final StageDeadline deadline;
    private final InspectionRequests requests;
    private final Outbox outbox;
    private final Timeline timeline;
    private final AuditLog audit;
    private final Clock clock;

    public CoordinationService(JointStageClock stageClock, DecisionService decisions, StageDeadline deadline,
            InspectionRequests requests, Outbox outbox, Timeline timeline, AuditLog audit, Clock clock) {
        this.stageClock = stageClock;
        this.requests = requests;
        this.decisions = decisions;
        this.deadline = deadline;
        this.outbox = outbox;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a department to the section's current round, or withdraws one that has not concluded. */
    @Transactional
    public Section changeRouting(UUID applicationId, UUID sectionId, RoutingChange change, String coordinator) {
        Section section = section(applicationId, sectionId);
        if (section.status != SectionStatus.IN_INSPECTION) {
            throw ProblemException.conflict("section-not-in-inspection",
                    "Section '" + section.name + "' is " + section.status + "; routing changes only while it is inspected");
        }
        SectionInspection current = section.inspection(change.department(), section.round).orElse(null);
        Application application = section.application;
        if (change.change() == RoutingChanged.Change.ADDED) {
            if (current != null && current.state != InspectionState.WITHDRAWN) {
                throw ProblemException.conflict("department-already-routed",
                        change.department() + " already inspects this section in round " + section.round);
            }
            SectionInspection added = current != null ? current : new SectionInspection();
            if (current == null) {
                added.id = UUID.randomUUID();
                added.section = section;
                added.department = change.department();
                added.round = section.round;
                section.inspections.add(added);
            }
            added.mode = change.mode() == null ? InspectionMode.ACCEPTANCE : change.mode();
            added.state = InspectionState.REQUESTED;
            added.dueDate = stageClock.departmentDueDate(stageClock.today());
            added.requestedOn = stageClock.today();
            added.persist();
            outbox.append(Application.AGGREGATE_TYPE, applicationId, requests.of(added, List.of()));
        } else {
            if (current == null || current.state == InspectionState.WITHDRAWN) {
                throw ProblemException.conflict("department-not-routed",
                        change.department() + " does not inspect this section in round " + section.round);
            }
            if (current.state.concluded()) {
                throw ProblemException.conflict("department-already-concluded", change.department()
                        + " has already concluded round " + section.round + " (" + current.state + ")");
            }
            current.state = InspectionState.WITHDRAWN;
            current.reason = change.reason();
        }
        UUID eventId = outbox.append(Application.AGGREGATE_TYPE, applicationId, new RoutingChanged(applicationId,
                section.id, section.name, change.department(), section.round, change.change(), change.reason(),
                coordinator));
        timeline.record(applicationId, section.id, "coordinator:" + coordinator,
                "ROUTING_" + change.change(), change.department() + ": " + change.reason(), eventId);
        audit.record("coordinator:" + coordinator, "ROUTING_" + change.change(), "application " + applicationId
                + ", section " + section.id + ", " + change.department() + ": " + change.reason());
        if (change.change() == RoutingChanged.Change.WITHDRAWN) {
            decisions.decideIfRoundComplete(section);
        }
        return section;
    }

    /** Ends an application that has no decision yet; results that arrive afterwards are refused. */
    @Transactional
    public Application terminate(UUID applicationId, Reasoned request, String coordinator) {
        Application application = Application.findById(applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw ProblemException.notFound("Application", applicationId);
        }
        if (application.status == ApplicationStatus.ACCEPTED || application.status == ApplicationStatus.TERMINATED) {
            throw ProblemException.conflict("application-closed",
                    "The application is " + application.status + " and can no longer be terminated");
        }
        application.status = ApplicationStatus.TERMINATED;
        application.terminatedReason = request.reason();
        application.terminatedAt = OffsetDateTime.now(clock);
        UUID eventId = outbox.append(Application.AGGREGATE_TYPE, applicationId, new ApplicationTerminated(applicationId,
                application.project.name, application.applicant.toEvent(), request.reason(), coordinator));
        timeline.record(applicationId, null, "coordinator:" + coordinator, "TERMINATED", request.reason(), eventId);
        audit.record("coordinator:" + coordinator, "TERMINATED", "application " + applicationId + ": "
                + request.reason());
        return application;
    }

    /**
     * Gives a rejected section one more round: its last findings become a notice to answer again. Only with a
     * reason on the record.
     */
    @Transactional
    public Section reopen(UUID applicationId, UUID sectionId, Reasoned request, String coordinator) {
        Section section = section(applicationId, sectionId);
        if (section.status != SectionStatus.REJECTED) {
            throw ProblemException.conflict("section-not-rejected",
                    "Only a rejected section can be reopened; section '" + section.name + "' is " + section.status);
        }
        if (section.application.status == ApplicationStatus.TERMINATED) {
            throw ProblemException.conflict("application-closed", "The application was terminated");
        }
        section.status = SectionStatus.RECTIFICATION_REQUIRED;
        section.roundLimit = section.round + 1;
        section.rectifyBy = stageClock.rectificationDueDate(stageClock.today());
        section.application.updateStatusFromSections();
        deadline.pause(section.application, section.id, ClockPause.Kind.RECTIFICATION);
        audit.record("coordinator:" + coordinator, "SECTION_REOPENED", "application " + applicationId + ", section "
                + section.id + ": " + request.reason());
        timeline.record(applicationId, section.id, "coordinator:" + coordinator, "SECTION_REOPENED",
                request.reason() + " (one more round allowed: " + section.roundLimit + "; rectify by "
                        + section.rectifyBy + ")", null);
        return section;
    }

    private static Section section(UUID applicationId, UUID sectionId) {
        Section section = Section.findById(sectionId, LockModeType.PESSIMISTIC_WRITE);
        if (section == null || !section.application.id.equals(applicationId)) {
            throw ProblemException.notFound("Section", sectionId);
        }
        return section;
    }
}
