package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where an application's joint-stage clock stands, told by acceptance-service, which keeps the clock, each time that
 * changes: it starts at intake, stops while the file is with the applicant or a department's special procedure runs,
 * runs again, its due date moves, or it ends with the application. A service that shows or reminds of due dates reads
 * them from here and never counts the clock again itself.
 */
public record StageClockChanged(UUID applicationId, String projectName, State state, LocalDate dueDate,
        boolean dueDateProvisional, String reason) {

    public StageClockChanged {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(state, "state");
        requireNonNull(dueDate, "dueDate");
        requireNonNull(reason, "reason");
    }

    /** Whether the clock counts working days now. */
    public enum State {
        /** Counting towards {@code dueDate}. */
        RUNNING,
        /** Stopped: {@code dueDate} moves out by the working days until it runs again. */
        PAUSED,
        /** Ended: the application was decided, filed or terminated. */
        CLOSED
    }
}
