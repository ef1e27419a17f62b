package org.jointacceptance.department.inspection;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.announced.AnnouncedCalendar.CalendarChanged;
import org.jointacceptance.department.activity.ActivityLog;

/**
 * When a year's arrangement arrives, the due dates of the inspections still open are counted again on it: the same
 * number of working days after the request, so a date counted on a provisional year lands where the published
 * arrangement puts it.
 */
@ApplicationScoped
public class DueDatesFollowCalendar {

    private final ActivityLog activity;

    public DueDatesFollowCalendar(ActivityLog activity) {
        this.activity = activity;
    }

    void recount(@Observes CalendarChanged change) {
        List<Inspection> open = Inspection.list("state in ?1 and dueDate is not null",
                List.of(InspectionState.PENDING, InspectionState.SCHEDULED));
        for (Inspection inspection : open) {
            LocalDate requestedOn = inspection.requestedAt.atZoneSameInstant(WorkingCalendar.CHINA).toLocalDate();
            LocalDate due = change.after().recounted(requestedOn, inspection.dueDate, change.before());
            if (inspection.requestedDueDate != null) {
                inspection.requestedDueDate = change.after().recounted(requestedOn, inspection.requestedDueDate,
                        change.before());
            }
            if (!due.equals(inspection.dueDate)) {
                activity.record(inspection.id, "system", "DUE_DATE_CHANGED", inspection.dueDate + " -> " + due
                        + " (calendar " + change.after().version() + ")");
                inspection.dueDate = due;
            }
        }
    }
}
