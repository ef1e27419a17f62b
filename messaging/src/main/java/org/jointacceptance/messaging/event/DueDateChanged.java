package org.jointacceptance.messaging.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/** The joint stage's due date moved: a pause ended, or a calendar correction changed the working days. */
public record DueDateChanged(UUID applicationId, String projectName, Applicant applicant, LocalDate previousDueDate,
        LocalDate dueDate, int pausedWorkingDays, String calendarVersion, String reason) {

    public DueDateChanged {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicant, "applicant");
        requireNonNull(dueDate, "dueDate");
        requireNonNull(reason, "reason");
    }
}
