package org.jointacceptance.acceptance.clock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionDecisionRecord;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.calendar.CalendarStore;
import org.jointacceptance.acceptance.calendar.CalendarYear;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.jointacceptance.messaging.acceptance.RectificationDeadlineChanged;
import org.jointacceptance.messaging.outbox.Outbox;

/**
 * Loads a year's arrangement at run time, moves the dates of the running applications it changes (the stage's due
 * date, each department's due date, the rectification deadlines), sets the rectification deadlines that fell beyond
 * the years a calendar could count, and announces the arrangement, so that the departments count working days on the
 * same calendar. What a load would move can be seen before, without loading.
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

    /** What loading a year did: the calendar's new version, how many stage due dates moved, and every date moved. */
    public record Loaded(String version, int dueDatesMoved, List<DateMove> moves) {
    }

    /** What a date of a running application is. */
    public enum DateKind {
        STAGE_DUE_DATE,
        DEPARTMENT_DUE_DATE,
        RECTIFICATION_DEADLINE
    }

    /**
     * A date of a running application that the arrangement moves, by {@code days} calendar days; the section and
     * {@code department} say whose date it is where that is not the whole application's.
     */
    public record DateMove(UUID applicationId, String projectName, DateKind kind, UUID sectionId, String section,
            String department, LocalDate from, LocalDate to, long days) {
    }

    /** The dates of the running applications that loading {@code arrangement} would move; nothing is changed. */
    @Transactional
    public List<DateMove> wouldMove(YearArrangement arrangement) {
        WorkingCalendar before = store.calendar();
        return moves(before, before.withYear(arrangement));
    }

    /** How many running applications have a date that a loaded year may still move. */
    @Transactional
    public long applicationsWithProvisionalDates() {
        return running().stream().filter(application -> stageClock.isProvisional(application.dueDate)
                || application.sections.stream().anyMatch(section -> stageClock.isProvisional(section.rectifyBy)
                        || section.inspections.stream()
                                .anyMatch(inspection -> stageClock.isProvisional(inspection.dueDate))))
                .count();
    }

    /** Loads the year; {@code reason}, why the coordinator loads it, may be null. */
    @Transactional
    public Loaded load(YearArrangement arrangement, String coordinator, String reason) {
        WorkingCalendar before = store.calendar();
        WorkingCalendar calendar = store.save(arrangement, "coordinator:" + coordinator, reason);
        outbox.append(CalendarYear.AGGREGATE_TYPE, CalendarYear.aggregateId(arrangement.year()),
                new CalendarYearLoaded(arrangement.year(), arrangement.version(), arrangement.source(),
                        arrangement.holidays().stream().map(holiday -> new CalendarYearLoaded.Holiday(holiday.name(),
                                holiday.from(), holiday.to())).toList(),
                        arrangement.makeUpWorkdays(), coordinator, reason));
        List<DateMove> moves = moves(before, calendar);
        String why = "calendar " + arrangement.year() + " now " + arrangement.version();
        int moved = 0;
        for (Application application : running()) {
            if (deadline.recompute(application, why)) {
                moved++;
            }
        }
        for (DateMove move : moves) {
            apply(move, why);
        }
        settlePendingRectificationDeadlines();
        return new Loaded(calendar.version(), moved, moves);
    }

    private List<DateMove> moves(WorkingCalendar before, WorkingCalendar after) {
        var moves = new ArrayList<DateMove>();
        for (Application application : running()) {
            if (application.intakeAcceptedOn != null && application.dueDate != null) {
                var pauses = ClockPause.ofApplication(application.id);
                LocalDate due = stageClock.stageDueDate(after, application.intakeAcceptedOn,
                        stageClock.pausedWorkingDays(after, pauses), application.keyProject);
                add(moves, application, DateKind.STAGE_DUE_DATE, null, null, application.dueDate, due);
            }
            for (Section section : application.sections) {
                for (SectionInspection inspection : section.inspections) {
                    if (inspection.state == InspectionState.REQUESTED && inspection.dueDate != null
                            && inspection.requestedOn != null) {
                        add(moves, application, DateKind.DEPARTMENT_DUE_DATE, section, inspection.department,
                                inspection.dueDate, after.recounted(inspection.requestedOn, inspection.dueDate, before));
                    }
                }
                LocalDate noticeDay = section.status == SectionStatus.RECTIFICATION_REQUIRED
                        && section.rectifyBy != null ? noticeDay(section) : null;
                if (noticeDay != null) {
                    add(moves, application, DateKind.RECTIFICATION_DEADLINE, section, null, section.rectifyBy,
                            after.recounted(noticeDay, section.rectifyBy, before));
                }
            }
        }
        return moves;
    }

    private static void add(List<DateMove> moves, Application application, DateKind kind, Section section,
            String department, LocalDate from, LocalDate to) {
        if (!from.equals(to)) {
            moves.add(new DateMove(application.id, application.project.name, kind, section == null ? null : section.id,
                    section == null ? null : section.name, department, from, to, ChronoUnit.DAYS.between(from, to)));
        }
    }

    /** Moves a department's due date or a rectification deadline; the stage's due date moves by its own rule. */
    private void apply(DateMove move, String why) {
        Application application = Application.findById(move.applicationId());
        for (Section section : application.sections) {
            if (!section.id.equals(move.sectionId())) {
                continue;
            }
            if (move.kind() == DateKind.RECTIFICATION_DEADLINE
                    && section.moveRectificationDeadline(move.from(), move.to())) {
                rectificationDeadlineChanged(section, move.from(), why);
            }
            for (SectionInspection inspection : section.inspections) {
                if (move.kind() == DateKind.DEPARTMENT_DUE_DATE && inspection.department.equals(move.department())
                        && inspection.moveDueDate(move.from(), move.to())) {
                    timeline.record(application.id, section.id, "system", "DEPARTMENT_DUE_DATE_CHANGED",
                            inspection.department + ", round " + inspection.round + ": " + move.from() + " -> "
                                    + move.to() + " (" + why + ")",
                            Particulars.of(inspection.department, inspection.round).on(move.to()), null);
                }
            }
        }
    }

    /** Sets the deadline of rectification notices issued while the year their deadline falls in could not be counted. */
    private void settlePendingRectificationDeadlines() {
        for (Section section : Section.<Section>list("status = ?1 and rectifyBy is null",
                SectionStatus.RECTIFICATION_REQUIRED)) {
            LocalDate noticeDay = noticeDay(section);
            if (noticeDay == null) {
                continue;
            }
            try {
                section.moveRectificationDeadline(null, stageClock.rectificationDueDate(noticeDay));
                rectificationDeadlineChanged(section, null, "the calendar now counts " + section.rectifyBy.getYear());
            } catch (CalendarYearNotLoadedException e) {
                // still beyond the years the calendar counts
            }
        }
    }

    /** Tells the applicant of the section's new deadline, and puts it on the record. */
    private void rectificationDeadlineChanged(Section section, LocalDate previous, String why) {
        Application application = section.application;
        boolean provisional = stageClock.isProvisional(section.rectifyBy);
        timeline.announce(application.id, section.id, "system", previous == null ? "RECTIFICATION_DEADLINE_SET"
                : "RECTIFICATION_DEADLINE_CHANGED", (previous == null ? "Rectify by " : previous + " -> ")
                + section.rectifyBy + (provisional ? " (provisional)" : "") + " (" + why + ")",
                Particulars.round(section.round).on(section.rectifyBy),
                new RectificationDeadlineChanged(application.id, section.id, section.name, section.round,
                        application.project.name, application.applicant.toEvent(), previous, section.rectifyBy,
                        provisional, why));
    }

    /** The day the section's current notice was issued (or repeated by a rejection); null when there is none. */
    private static LocalDate noticeDay(Section section) {
        SectionDecisionRecord notice = section.notice();
        return notice == null ? null : notice.decidedAt.atZoneSameInstant(JointStageClock.CHINA).toLocalDate();
    }

    private static List<Application> running() {
        return Application.list("status in ?1", ApplicationStatus.RUNNING);
    }
}
