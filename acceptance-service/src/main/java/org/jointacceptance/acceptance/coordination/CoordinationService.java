package org.jointacceptance.acceptance.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.acceptance.coordination.CoordinationRequests.Reasoned;
import org.jointacceptance.acceptance.coordination.CoordinationRequests.RoutingChange;
import org.jointacceptance.acceptance.decision.DecisionService;
import org.jointacceptance.acceptance.intake.InspectionRequests;
import org.jointacceptance.acceptance.material.Material;
import org.jointacceptance.acceptance.project.ProjectRegistry;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.access.AuditLog;
import org.jointacceptance.access.Person;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.acceptance.KeyProjectMarked;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.problem.ProblemException;

/** The lead coordinator's interventions, each with its reason on the record and announced to whom it concerns. */
@ApplicationScoped
public class CoordinationService {

    private final JointStageClock stageClock;
    private final DecisionService decisions;
    private final StageDeadline deadline;
    private final ProjectRegistry projects;
    private final InspectionRequests requests;
    private final Timeline timeline;
    private final AuditLog audit;
    private final Clock clock;

    public CoordinationService(JointStageClock stageClock, DecisionService decisions, StageDeadline deadline,
            InspectionRequests requests, ProjectRegistry projects, Timeline timeline, AuditLog audit, Clock clock) {
        this.stageClock = stageClock;
        this.projects = projects;
        this.requests = requests;
        this.decisions = decisions;
        this.deadline = deadline;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a department to the section's current round, or withdraws one that has not concluded. */
    @Transactional
    public Section changeRouting(UUID applicationId, UUID sectionId, RoutingChange change, Person coordinator) {
        Section section = Section.lockedIn(applicationId, sectionId);
        if (change.change() == RoutingChanged.Change.ADDED) {
            LocalDate today = stageClock.today();
            SectionInspection added = section.addDepartment(change.department(),
                    change.mode() == null ? InspectionMode.ACCEPTANCE : change.mode(), today,
                    stageClock.departmentDueDate(today, section.application.keyProject));
            timeline.announce(applicationId, requests.of(added, List.of(), Material.ofApplication(applicationId)));
        } else {
            section.withdrawDepartment(change.department(), change.reason());
        }
        String actor = "coordinator:" + coordinator.login();
        timeline.announce(applicationId, section.id, actor, "ROUTING_" + change.change(),
                change.department() + ": " + change.reason(),
                Particulars.of(change.department(), section.round).because(change.reason()), new RoutingChanged(applicationId, section.id,
                        section.name, change.department(), section.round, change.change(), change.reason(),
                        coordinator.login(), coordinator.name()));
        audit.record(actor, "ROUTING_" + change.change(), "application " + applicationId
                + ", section " + section.id + ", " + change.department() + ": " + change.reason());
        if (change.change() == RoutingChanged.Change.WITHDRAWN) {
            decisions.decideIfRoundComplete(section);
        }
        return section;
    }

    /** Ends an application that has no decision yet; results that arrive afterwards are refused. */
    @Transactional
    public Application terminate(UUID applicationId, Reasoned request, Person coordinator) {
        Application application = Application.findById(applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw ProblemException.notFound("application", applicationId);
        }
        application.terminate(request.reason(), OffsetDateTime.now(clock));
        timeline.announce(applicationId, null, "coordinator:" + coordinator.login(), "TERMINATED", request.reason(),
                Particulars.reason(request.reason()),
                new ApplicationTerminated(applicationId, application.project.name, application.applicant.toEvent(),
                        request.reason(), coordinator.login(), coordinator.name()));
        deadline.tell(application, "terminated");
        audit.record("coordinator:" + coordinator.login(), "TERMINATED", "application " + applicationId + ": "
                + request.reason());
        return application;
    }

    /**
     * Puts an application on the green channel as a key project: its stage gets the shorter limit and each inspection
     * still awaited its scaled share, counted from the day it was asked for (never later than the due date it had);
     * the departments keep the new due dates and the firm is told of its new one.
     */
    @Transactional
    public Application markKeyProject(UUID applicationId, Reasoned request, Person coordinator) {
        Application application = Application.findById(applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw ProblemException.notFound("application", applicationId);
        }
        List<KeyProjectMarked.InspectionDue> awaited = application.markAsKeyProject(request.reason(),
                askedOn -> stageClock.departmentDueDate(askedOn, true)).stream()
                .map(inspection -> new KeyProjectMarked.InspectionDue(inspection.section.id, inspection.department,
                        inspection.round, inspection.dueDate)).toList();
        deadline.recompute(application, "key project");
        String actor = "coordinator:" + coordinator.login();
        timeline.announce(applicationId, null, actor, "KEY_PROJECT_MARKED", request.reason(),
                Particulars.reason(request.reason()), new KeyProjectMarked(applicationId, application.project.name,
                        request.reason(), stageClock.stageWorkingDays(true), application.dueDate, awaited,
                        coordinator.login(), coordinator.name()));
        audit.record(actor, "KEY_PROJECT_MARKED", "application " + applicationId + ": " + request.reason());
        return application;
    }

    /**
     * Gives a rejected section one more round: its last findings become a notice to answer again. Only with a
     * reason on the record.
     */
    @Transactional
    public Section reopen(UUID applicationId, UUID sectionId, Reasoned request, Person coordinator) {
        Section section = Section.lockedIn(applicationId, sectionId);
        projects.requireFree(section);
        section.reopen(stageClock.rectificationDueDate(stageClock.today()));
        deadline.pause(section.application, section.id, ClockPause.Kind.RECTIFICATION);
        audit.record("coordinator:" + coordinator.login(), "SECTION_REOPENED", "application " + applicationId
                + ", section " + section.id + ": " + request.reason());
        timeline.record(applicationId, section.id, "coordinator:" + coordinator.login(), "SECTION_REOPENED",
                request.reason() + " (one more round allowed: " + section.roundLimit + "; rectify by "
                        + section.rectifyBy + ")",
                Particulars.round(section.round).on(section.rectifyBy).because(request.reason()), null);
        return section;
    }
}
