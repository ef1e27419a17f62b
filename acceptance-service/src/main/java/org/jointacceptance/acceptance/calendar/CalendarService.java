package org.jointacceptance.acceptance.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.acceptance.decision.SectionDecisionRecord;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.messaging.event.CalendarYearLoaded;
import org.jointacceptance.messaging.outbox.Outbox;

/**
 * Loads a year's arrangement at run time, moves the due dates of the running applications it changes, sets the
 * rectification deadlines that fell in it, and announces the arrangement, so that the departments count working days
 * on the same calendar.
 */
@ApplicationScoped
public class CalendarService {

    private final CalendarStore store;
    private final StageDeadline deadline;
    private final JointStageClock stageClock;
    private final Timeline timeline;
    private final Outbox outbox;

    public CalendarService(CalendarStore store, StageDeadline deadline, JointStageClock stageClock, Timeline timeline,
            Outbox outbox) {
        this.store = store;
        this.deadline = deadline;
        this.stageClock = stageClock;
        this.timeline = timeline;
        this.outbox = outbox;
    }

    /** What loading a year did: the calendar's new version and how many running applications' due dates moved. */
    public record Loaded(String version, int dueDatesMoved) {
    }

    /** Sets the deadline of rectification notices issued while the year their deadline falls in was not loaded. */
    private void settlePendingRectificationDeadlines() {
        for (Section section : Section.<Section>list("status = ?1 and rectifyBy is null",
                SectionStatus.RECTIFICATION_REQUIRED)) {
            LocalDate noticeDay = SectionDecisionRecord.latest(section.id, section.round).decidedAt
                    .atZoneSameInstant(JointStageClock.CHINA).toLocalDate();
            try {
                section.rectifyBy = stageClock.rectificationDueDate(noticeDay);
                timeline.record(section.application.id, section.id, "system", "RECTIFICATION_DEADLINE_SET",
                        "Rectify by " + section.rectifyBy, null);
            } catch (CalendarYearNotLoadedException e) {
                // still beyond the loaded years
            }
        }
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
        settlePendingRectificationDeadlines();
        return new Loaded(calendar.version(), moved);
    }
}
