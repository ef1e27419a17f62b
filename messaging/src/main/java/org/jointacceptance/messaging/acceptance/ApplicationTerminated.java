package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** A coordinator ended an application before its decision, with the reason; pending inspections are void. */
public record ApplicationTerminated(UUID applicationId, String projectName, Applicant applicant, String reason,
        String coordinator) {

    public ApplicationTerminated {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicant, "applicant");
        requireNonNull(reason, "reason");
    }
}
