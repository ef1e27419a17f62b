package org.jointacceptance.acceptance.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.calendar.WorkingCalendar;

/**
 * The joint stage's deadlines in working days of the official calendar: the whole stage's budget (16 by default)
 * and each department's share of a round, both counted from the day after the clock starts.
 */
@ApplicationScoped
public class JointStageClock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock;
    private final WorkingCalendar calendar;
    private final int stageWorkingDays;
    private final int departmentWorkingDays;

    public JointStageClock(Clock clock,
            @ConfigProperty(name = "acceptance.clock.working-days") int stageWorkingDays,
            @ConfigProperty(name = "acceptance.clock.department-working-days") int departmentWorkingDays) {
        this.clock = clock;
        this.calendar = WorkingCalendar.official();
        this.stageWorkingDays = stageWorkingDays;
        this.departmentWorkingDays = departmentWorkingDays;
    }

    /** Today in China, the date every person using the system sees. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    public LocalDate stageDueDate(LocalDate intakeAcceptedOn) {
        return calendar.plusWorkingDays(intakeAcceptedOn, stageWorkingDays);
    }

    public LocalDate departmentDueDate(LocalDate roundStartedOn) {
        return calendar.plusWorkingDays(roundStartedOn, departmentWorkingDays);
    }

    public String calendarVersion() {
        return calendar.version();
    }
}
