package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A clock crossed a threshold: YELLOW when few working days remain, RED on the due day, OVERDUE after it. The
 * application's clock has no department; a department's clock names the department, section and round. Each
 * threshold is announced once per clock. The due date, and so the working days left, are provisional while it lies in
 * a year whose holiday notice is not loaded yet. A key project's warnings ({@code keyProject}) reach the supervisors
 * too.
 */
public record DeadlineWarning(UUID applicationId, String projectName, UUID sectionId, String department, int round,
        Level level, LocalDate dueDate, int workingDaysLeft, boolean dueDateProvisional, boolean keyProject) {

    /** How late it is. */
    public enum Level {
        YELLOW,
        RED,
        OVERDUE
    }

    public DeadlineWarning {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(level, "level");
        requireNonNull(dueDate, "dueDate");
    }

    /** A warning of a project that is not a key one. */
    public DeadlineWarning(UUID applicationId, String projectName, UUID sectionId, String department, int round,
            Level level, LocalDate dueDate, int workingDaysLeft, boolean dueDateProvisional) {
        this(applicationId, projectName, sectionId, department, round, level, dueDate, workingDaysLeft,
                dueDateProvisional, false);
    }

    /** A warning of a due date counted on published arrangements only, of a project that is not a key one. */
    public DeadlineWarning(UUID applicationId, String projectName, UUID sectionId, String department, int round,
            Level level, LocalDate dueDate, int workingDaysLeft) {
        this(applicationId, projectName, sectionId, department, round, level, dueDate, workingDaysLeft, false, false);
    }
}
