package org.jointacceptance.department.sitevisit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.access.Person;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.department.activity.ActivityLog;
import org.jointacceptance.department.assignment.AssignmentService;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.inspection.InspectionState;
import org.jointacceptance.department.serving.CurrentDepartment;
import org.jointacceptance.messaging.department.SiteVisitScheduled;
import org.jointacceptance.messaging.outbox.Outbox;
import org.jointacceptance.problem.CalendarProblems;
import org.jointacceptance.problem.ProblemException;

/**
 * Schedules site visits on working days of the official calendar (weekends and statutory holidays refused, make-up
 * workdays allowed), by the department's due date unless a reason is given, and tells the applicant.
 */
@ApplicationScoped
public class SiteVisitService {

    private final CurrentDepartment department;
    private final AnnouncedCalendar announcedCalendar;
    private final AssignmentService assignments;
    private final Outbox outbox;
    private final ActivityLog activity;
    private final Clock clock;

    public SiteVisitService(CurrentDepartment department, AnnouncedCalendar announcedCalendar,
            AssignmentService assignments, Outbox outbox, ActivityLog activity, Clock clock) {
        this.department = department;
        this.announcedCalendar = announcedCalendar;
        this.assignments = assignments;
        this.outbox = outbox;
        this.activity = activity;
        this.clock = clock;
    }

    /** Sets the visit, or moves it; the earlier visit stays on record. Setting the same day and time again changes nothing. */
    @Transactional
    public SiteVisit schedule(UUID inspectionId, Person person, ScheduleRequest request) {
        String inspector = person.login();
        Inspection inspection = Inspection.forUpdate(inspectionId);
        inspection.requireOpen();
        assignments.actingInspector(inspection, inspector);
        SiteVisit current = SiteVisit.currentOf(inspection.id);
        if (current != null && current.date.equals(request.date()) && current.time.equals(request.time())) {
            return current;
        }
        checkDay(inspection, request, current);

        OffsetDateTime now = OffsetDateTime.now(clock);
        if (current != null) {
            current.supersededAt = now;
            SiteVisit.flush(); // the superseded visit first: only one current visit per inspection
        }
        SiteVisit visit = new SiteVisit();
        visit.id = UUID.randomUUID();
        visit.inspectionId = inspection.id;
        visit.date = request.date();
        visit.time = request.time();
        visit.inspector = inspector;
        visit.reason = request.hasReason() ? request.reason() : null;
        visit.scheduledAt = now;
        visit.persist();
        inspection.state = InspectionState.SCHEDULED;

        outbox.append(Inspection.AGGREGATE_TYPE, inspection.applicationId, new SiteVisitScheduled(inspection.id,
                inspection.applicationId, inspection.sectionId, inspection.sectionName, department.code(),
                inspection.round, visit.date, visit.timeOfDay(), inspection.address, visit.inspector,
                visit.reason, current == null ? null : current.date, current == null ? null : current.timeOfDay(),
                person.name()));
        activity.record(inspection.id, inspector, current == null ? "SITE_VISIT_SCHEDULED" : "SITE_VISIT_MOVED",
                visit.date + " " + visit.timeOfDay() + (current == null ? "" : " (was " + current.date + " "
                        + current.timeOfDay() + ")") + (visit.reason == null ? "" : ": " + visit.reason));
        return visit;
    }

    private void checkDay(Inspection inspection, ScheduleRequest request, SiteVisit current) {
        CalendarProblems.requireVisitTime(announcedCalendar.current(), request.date(), request.time(), clock);
        if (current != null && !request.hasReason()) {
            throw ProblemException.refused("site-visit-moved-without-reason", current.date, current.timeOfDay());
        }
        if (inspection.dueDate != null && request.date().isAfter(inspection.dueDate) && !request.hasReason()) {
            throw ProblemException.refused("site-visit-after-due-date", request.date(), inspection.dueDate);
        }
    }
}
