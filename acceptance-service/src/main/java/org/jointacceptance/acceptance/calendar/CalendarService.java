package org.jointacceptance.acceptance.calendar;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;

/** Loads a year's arrangement at run time and moves the due dates of the running applications it changes. */
@ApplicationScoped
public class CalendarService {

    private final CalendarStore store;
    private final StageDeadline deadline;

    public CalendarService(CalendarStore store, StageDeadline deadline) {
        this.store = store;
        this.deadline = deadline;
    }

    /** What loading a year did: the calendar's new version and how many running applications' due dates moved. */
    public record Loaded(String version, int dueDatesMoved) {
    }

    @Transactional
    public Loaded load(YearArrangement arrangement, String coordinator) {
        WorkingCalendar calendar = store.save(arrangement, "coordinator:" + coordinator);
        int moved = 0;
        List<Application> running = Application.list("status in ?1",
                List.of(ApplicationStatus.IN_INSPECTION, ApplicationStatus.RECTIFICATION_REQUIRED));
        for (Application application : running) {
            if (deadline.recompute(application, "calendar " + arrangement.year() + " now " + arrangement.version())) {
                moved++;
            }
        }
        return new Loaded(calendar.version(), moved);
    }
}
