package org.jointacceptance.messaging.department;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * A department answered the lead center's question about its result of a section's round, standing by the result
 * (a department that changes it sends a corrected InspectionResultSubmitted instead). The section goes back to the
 * leader to sign. {@code inspector} answered, by login, and {@code inspectorName} as people read the name.
 */
public record QuestionAnswered(UUID inspectionId, UUID applicationId, UUID sectionId, String department, int round,
        String answer, String inspector, String inspectorName) {

    public QuestionAnswered {
        requireNonNull(inspectionId, "inspectionId");
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        requireNonNull(answer, "answer");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
    }
}
