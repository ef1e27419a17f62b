package org.jointacceptance.acceptance.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.calendar.CalendarStore;
import org.jointacceptance.calendar.WorkingCalendar;

/**
 * The joint stage's deadlines in working days of the official calendar: the whole stage's budget (16 by default)
 * and each department's share of a round, both counted from the day after the clock starts, and moved out by the
 * working days the clock was paused.
 *
 * <p>A pause covers the working days after the day it starts, up to and including the day it ends: the day a
 * rectification notice is issued still counts against the stage, the day the applicant resubmits does not, and the
 * clock runs again from the next working day. A pause that starts and ends on one day pauses nothing. Pauses that
 * overlap (two sections with the applicant at once) count each working day once.
 */
@ApplicationScoped
public class JointStageClock {

    public static final ZoneId CHINA = WorkingCalendar.CHINA;

    private final Clock clock;
    private final CalendarStore calendars;
    private final int stageWorkingDays;
    private final int keyProjectWorkingDays;
    private final int departmentWorkingDays;
    private final int rectificationWorkingDays;

    public JointStageClock(Clock clock, CalendarStore calendars,
            @ConfigProperty(name = "acceptance.clock.working-days") int stageWorkingDays,
            @ConfigProperty(name = "acceptance.clock.key-project-working-days") int keyProjectWorkingDays,
            @ConfigProperty(name = "acceptance.clock.department-working-days") int departmentWorkingDays,
            @ConfigProperty(name = "acceptance.rectification.working-days") int rectificationWorkingDays) {
        this.clock = clock;
        this.calendars = calendars;
        this.stageWorkingDays = stageWorkingDays;
        this.keyProjectWorkingDays = keyProjectWorkingDays;
        this.departmentWorkingDays = departmentWorkingDays;
        this.rectificationWorkingDays = rectificationWorkingDays;
    }

    /** Today in China, the date every person using the system sees. */
    public LocalDate today() {
        return WorkingCalendar.today(clock);
    }

    /** The working days of the joint stage: 16, or a key project's shorter limit. */
    public int stageWorkingDays(boolean keyProject) {
        return keyProject ? keyProjectWorkingDays : stageWorkingDays;
    }

    /** A department's working days for one round: its share of the stage, scaled to a key project's shorter limit. */
    public int departmentWorkingDays(boolean keyProject) {
        return keyProject
                ? Math.max(1, Math.round((float) departmentWorkingDays * keyProjectWorkingDays / stageWorkingDays))
                : departmentWorkingDays;
    }

    public LocalDate stageDueDate(LocalDate intakeAcceptedOn, int pausedWorkingDays, boolean keyProject) {
        return stageDueDate(calendar(), intakeAcceptedOn, pausedWorkingDays, keyProject);
    }

    /** The stage's due date as {@code calendar} counts it, e.g. a calendar about to be loaded. */
    public LocalDate stageDueDate(WorkingCalendar calendar, LocalDate intakeAcceptedOn, int pausedWorkingDays,
            boolean keyProject) {
        return calendar.plusWorkingDays(intakeAcceptedOn, stageWorkingDays(keyProject) + pausedWorkingDays);
    }

    public LocalDate departmentDueDate(LocalDate roundStartedOn, boolean keyProject) {
        return calendar().plusWorkingDays(roundStartedOn, departmentWorkingDays(keyProject));
    }

    /** The last day to answer a rectification notice issued on {@code noticeDay}; unanswered, the section is rejected. */
    public LocalDate rectificationDueDate(LocalDate noticeDay) {
        return calendar().plusWorkingDays(noticeDay, rectificationWorkingDays);
    }

    /** Working days strictly after {@code today} up to and including {@code dueDate}: 0 on the due day. */
    public int workingDaysLeft(LocalDate dueDate) {
        return calendar().workingDaysBetween(today(), dueDate);
    }

    /** The working days covered by the pauses, each counted once; an open pause runs until today. */
    public int pausedWorkingDays(Collection<? extends Pause> pauses) {
        return pausedWorkingDays(calendar(), pauses);
    }

    /** The paused working days as {@code calendar} counts them. */
    public int pausedWorkingDays(WorkingCalendar calendar, Collection<? extends Pause> pauses) {
        Set<LocalDate> paused = new HashSet<>();
        LocalDate today = today();
        for (Pause pause : pauses) {
            LocalDate end = pause.endedOn() == null ? today : pause.endedOn();
            for (LocalDate day = pause.startedOn().plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    paused.add(day);
                }
            }
        }
        return paused.size();
    }

    /** Whether the date, if any, lies in a year counted provisionally: it may move when that year's notice is loaded. */
    public boolean isProvisional(LocalDate date) {
        return date != null && calendar().isProvisional(date);
    }

    public String calendarVersion() {
        return calendar().version();
    }

    public WorkingCalendar calendar() {
        return calendars.calendar();
    }

    /** A stretch of time during which the clock did not run. */
    public interface Pause {
        LocalDate startedOn();

        LocalDate endedOn();
    }
}
