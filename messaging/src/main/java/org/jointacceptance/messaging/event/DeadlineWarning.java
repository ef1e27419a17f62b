package org.jointacceptance.messaging.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A clock crossed a threshold: YELLOW when few working days remain, RED on the due day, OVERDUE after it. The
 * application's clock has no department; a department's clock names the department, section and round. Each
 * threshold is announced once per clock.
 */
public record DeadlineWarning(UUID applicationId, String projectName, UUID sectionId, String department, int round,
        Level level, LocalDate dueDate, int workingDaysLeft) {

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
}
