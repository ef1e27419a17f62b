package org.jointacceptance.department.sitevisit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.jointacceptance.access.Person;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.department.activity.ActivityLog;
import org.jointacceptance.department.assignment.AssignmentService;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.inspection.InspectionState;
import org.jointacceptance.department.serving.CurrentDepartment;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.department.JointVisitAnswered;
import org.jointacceptance.messaging.inbox.Inbox;
import org.jointacceptance.messaging.outbox.Outbox;
import org.jointacceptance.problem.CalendarProblems;

/**
 * The joint site visit (集中验收) as this department takes part in it: the lead center's proposal lands on the
 * inspection of the section and round, its inspector confirms it or asks for another slot (JointVisitAnswered), and
 * once fixed the inspection's visit is set.
 */
@ApplicationScoped
public class JointVisitService {

    private static final Logger LOG = Logger.getLogger(JointVisitService.class);

    private final CurrentDepartment department;
    private final Inbox inbox;
    private final Outbox outbox;
    private final AnnouncedCalendar announcedCalendar;
    private final AssignmentService assignments;
    private final ActivityLog activity;
    private final Clock clock;

    public JointVisitService(CurrentDepartment department, Inbox inbox, Outbox outbox,
            AnnouncedCalendar announcedCalendar, AssignmentService assignments, ActivityLog activity, Clock clock) {
        this.department = department;
        this.inbox = inbox;
        this.outbox = outbox;
        this.announcedCalendar = announcedCalendar;
        this.assignments = assignments;
        this.activity = activity;
        this.clock = clock;
    }

    /** The lead center proposed a joint visit this department is asked to: it replaces the one before it. */
    @Transactional
    public void proposed(EventEnvelope envelope, JointVisitProposed proposed) {
        if (!proposed.departments().contains(department.code()) || !inbox.firstDelivery(envelope)) {
            return;
        }
        Inspection inspection = ofRound(proposed.sectionId(), proposed.round());
        if (inspection == null || inspection.state == InspectionState.WITHDRAWN) {
            LOG.warnf("No open inspection of section %s round %d for joint visit %s", proposed.sectionId(),
                    proposed.round(), proposed.visitId());
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        JointVisit before = JointVisit.currentOf(inspection.id);
        if (before != null) {
            before.supersededAt = now;
            JointVisit.flush(); // the superseded proposal first: only one current proposal per inspection
        }
        JointVisit visit = new JointVisit();
        visit.id = proposed.visitId();
        visit.inspectionId = inspection.id;
        visit.date = proposed.date();
        visit.time = LocalTime.parse(proposed.time());
        visit.meetingPoint = proposed.meetingPoint();
        visit.reason = proposed.reason();
        visit.previousDate = proposed.previousDate();
        visit.previousTime = proposed.previousTime() == null ? null : LocalTime.parse(proposed.previousTime());
        visit.proposedBy = proposed.coordinatorName() == null ? proposed.coordinatorLogin()
                : proposed.coordinatorName();
        visit.proposedAt = now;
        visit.persist();
        activity.record(inspection.id, "coordinator:" + proposed.coordinatorLogin(), "JOINT_VISIT_PROPOSED",
                proposed.date() + " " + proposed.time() + " at " + proposed.meetingPoint()
                        + (proposed.reason() == null ? "" : ": " + proposed.reason()));
    }

    /** Every department confirmed the proposal: the inspection's visit is the joint one. */
    @Transactional
    public void fixed(EventEnvelope envelope, JointVisitFixed fixed) {
        if (!fixed.departments().contains(department.code()) || !inbox.firstDelivery(envelope)) {
            return;
        }
        JointVisit visit = JointVisit.findById(fixed.visitId());
        if (visit == null) {
            LOG.warnf("Joint visit %s fixed, but never proposed here", fixed.visitId());
            return;
        }
        Inspection inspection = Inspection.findById(visit.inspectionId, LockModeType.PESSIMISTIC_WRITE);
        visit.fixedAt = OffsetDateTime.now(clock);
        if (inspection.state == InspectionState.PENDING) {
            inspection.state = InspectionState.SCHEDULED;
        }
        activity.record(inspection.id, "system", "JOINT_VISIT_FIXED", fixed.date() + " " + fixed.time() + " at "
                + fixed.meetingPoint() + ", with " + String.join(", ", fixed.departments()));
    }

    /** The inspector comes at the time proposed. */
    @Transactional
    public JointVisit confirm(UUID inspectionId, Person inspector) {
        return answer(inspectionId, inspector, true, null, null, null);
    }

    /** The inspector asks for another working day and time, and says why. */
    @Transactional
    public JointVisit askOtherSlot(UUID inspectionId, Person inspector, LocalDate date, LocalTime time,
            String reason) {
        CalendarProblems.requireVisitTime(announcedCalendar.current(), date, time, clock);
        return answer(inspectionId, inspector, false, date, time, reason);
    }

    private JointVisit answer(UUID inspectionId, Person inspector, boolean confirmed, LocalDate date, LocalTime time,
            String reason) {
        Inspection inspection = Inspection.forUpdate(inspectionId);
        inspection.requireOpen();
        JointVisit visit = JointVisit.toAnswer(inspection.id);
        assignments.actingInspector(inspection, inspector.login());
        visit.answer(confirmed, date, time, reason, inspector.login(), OffsetDateTime.now(clock));
        outbox.append(Inspection.AGGREGATE_TYPE, inspection.applicationId, new JointVisitAnswered(visit.id,
                inspection.id, inspection.applicationId, inspection.sectionId, department.code(), inspection.round,
                confirmed, date, time == null ? null : SiteVisit.TIME.format(time), reason, inspector.login(),
                inspector.name()));
        activity.record(inspection.id, inspector.login(), confirmed ? "JOINT_VISIT_CONFIRMED"
                : "JOINT_VISIT_OTHER_SLOT_ASKED", confirmed ? visit.date + " " + SiteVisit.TIME.format(visit.time)
                        : date + " " + SiteVisit.TIME.format(time) + ": " + reason);
        return visit;
    }

    private static Inspection ofRound(UUID sectionId, int round) {
        return Inspection.find("sectionId = ?1 and round = ?2", sectionId, round).firstResult();
    }
}
