package org.jointacceptance.acceptance.calendar;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.messaging.event.CalendarYearLoaded;
import org.jointacceptance.messaging.outbox.Outbox;

/**
 * Loads a year's arrangement at run time, moves the due dates of the running applications it changes, and announces
 * the arrangement, so that the departments count working days on the same calendar.
 */
@ApplicationScoped
public class CalendarService {

    private final CalendarStore store;
    private final StageDeadline deadline;
    private final Outbox outbox;

    public CalendarService(CalendarStore store, StageDeadline deadline, Outbox outbox) {
        this.store = store;
        this.deadline = deadline;
        this.outbox = outbox;
    }

    /** What loading a year did: the calendar's new version and how many running applications' due dates moved. */
    public record Loaded(String version, int dueDatesMoved) {
    }

    /** Loads the year; {@code reason}, why the coordinator loads it, may be null. */
    @Transactional
    public Loaded load(YearArrangement arrangement, String coordinator, String reason) {
        WorkingCalendar calendar = store.save(arrangement, "coordinator:" + coordinator, reason);
        outbox.append(CalendarYear.AGGREGATE_TYPE, CalendarYear.aggregateId(arrangement.year()),
                new CalendarYearLoaded(arrangement.year(), arrangement.version(), arrangement.source(),
                        arrangement.holidays().stream().map(holiday -> new CalendarYearLoaded.Holiday(holiday.name(),
                                holiday.from(), holiday.to())).toList(),
                        arrangement.makeUpWorkdays(), coordinator, reason));
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
