package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * A coordinator ended an application before its decision, with the reason; pending inspections are void.
 * {@code coordinator} is the coordinator's login, {@code coordinatorName} the name people read (null if not known).
 */
public record ApplicationTerminated(UUID applicationId, String projectName, Applicant applicant, String reason,
        String coordinator, String coordinatorName) {

    /** A termination whose coordinator's name is not known: as published before {@code coordinatorName} existed. */
    public ApplicationTerminated(UUID applicationId, String projectName, Applicant applicant, String reason,
            String coordinator) {
        this(applicationId, projectName, applicant, reason, coordinator, null);
    }

    public ApplicationTerminated {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicant, "applicant");
        requireNonNull(reason, "reason");
    }
}
