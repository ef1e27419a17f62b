package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The joint stage's due date moved: a pause ended, or a calendar correction or a year's notice changed the working
 * days. The new due date is provisional when it is counted into a year whose holiday notice is not loaded yet.
 */
public record DueDateChanged(UUID applicationId, String projectName, Applicant applicant, LocalDate previousDueDate,
        LocalDate dueDate, int pausedWorkingDays, String calendarVersion, String reason, boolean dueDateProvisional) {

    /** A due date counted on published arrangements only. */
    public DueDateChanged(UUID applicationId, String projectName, Applicant applicant, LocalDate previousDueDate,
            LocalDate dueDate, int pausedWorkingDays, String calendarVersion, String reason) {
        this(applicationId, projectName, applicant, previousDueDate, dueDate, pausedWorkingDays, calendarVersion,
                reason, false);
    }

    public DueDateChanged {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicant, "applicant");
        requireNonNull(dueDate, "dueDate");
        requireNonNull(reason, "reason");
    }
}
