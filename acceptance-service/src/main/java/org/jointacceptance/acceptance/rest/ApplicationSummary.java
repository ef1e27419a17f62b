package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.messaging.acceptance.StageClockChanged;

/**
 * One line of the application list: where it stands, and what it waits for from whom. {@code workingDaysLeft} counts
 * the working days after today up to the due date (0 on the due day, negative once overdue), while the joint stage
 * runs or is paused; {@code pausedFor} says why the clock stands still; a key project on the green channel comes
 * first ({@code keyProject}).
 */
public record ApplicationSummary(UUID id, String number, String projectCode, String projectName, String district,
        String applicantCreditCode, ApplicationStatus status, LocalDate dueDate, boolean dueDateProvisional,
        Integer workingDaysLeft, boolean paused, List<ClockPause.Kind> pausedFor, List<Awaited> awaiting,
        boolean keyProject) {

    /**
     * What a section waits for: a department's {@code INSPECTION}, or its {@code ANSWER} to the lead center's question
     * about its result ({@code party} is the department), the
     * applicant's {@code RECTIFICATION} or {@code OWED_MATERIAL} ({@code party} is {@code applicant}), or the lead
     * center's {@code SIGNATURE} ({@code party} is {@code lead-center}), or the window officer's {@code REVIEW} of the
     * whole file ({@code party} is {@code window}, no section); by when, if there is a day.
     */
    public record Awaited(String party, String what, UUID sectionId, String sectionName, int round, LocalDate dueDate) {
    }

    public static ApplicationSummary of(Application application, JointStageClock clock) {
        boolean running = application.dueDate != null && application.clockState != StageClockChanged.State.CLOSED;
        boolean paused = application.clockState == StageClockChanged.State.PAUSED;
        return new ApplicationSummary(application.id, application.number, application.project.code,
                application.project.name, application.project.district, application.applicant.creditCode,
                application.status, application.dueDate,
                ApplicationView.provisional(clock.calendar(), application.dueDate),
                running ? workingDaysLeft(clock, application.dueDate) : null, paused,
                paused ? ClockPause.ofApplication(application.id).stream().filter(pause -> pause.endedOn == null)
                        .map(pause -> pause.kind).distinct().toList() : List.of(),
                awaiting(application), application.keyProject);
    }

    private static int workingDaysLeft(JointStageClock clock, LocalDate dueDate) {
        LocalDate today = clock.today();
        return today.isAfter(dueDate) ? -clock.calendar().workingDaysBetween(dueDate, today)
                : clock.workingDaysLeft(dueDate);
    }

    private static List<Awaited> awaiting(Application application) {
        List<Awaited> awaited = new ArrayList<>();
        if (application.status == ApplicationStatus.TERMINATED) {
            return awaited;
        }
        if (application.status == ApplicationStatus.AWAITING_REVIEW) {
            awaited.add(new Awaited("window", "REVIEW", null, null, 0, application.reviewBy));
            return awaited;
        }
        for (Section section : application.sections) {
            if (section.status == SectionStatus.IN_INSPECTION) {
                for (SectionInspection inspection : section.inspectionsOfRound(section.round)) {
                    if (!inspection.settled()) {
                        awaited.add(new Awaited(inspection.department, inspection.state.concluded() ? "ANSWER"
                                : "INSPECTION", section.id, section.name, section.round, inspection.dueDate));
                    }
                }
            } else if (section.status == SectionStatus.RECTIFICATION_REQUIRED) {
                awaited.add(new Awaited("applicant", "RECTIFICATION", section.id, section.name, section.round,
                        section.rectifyBy));
            } else if (section.status == SectionStatus.AWAITING_SIGNATURE) {
                awaited.add(new Awaited("lead-center", "SIGNATURE", section.id, section.name, section.round,
                        section.signBy));
            } else if (section.status == SectionStatus.AWAITING_MATERIAL) {
                awaited.add(new Awaited("applicant", "OWED_MATERIAL", section.id, section.name, section.round, null));
            }
        }
        return awaited;
    }
}
