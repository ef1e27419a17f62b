package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

import org.jointacceptance.messaging.department.InspectionResult;

/**
 * A department corrected its result of a section's round, with the reason. Taken before the round was decided
 * ({@code applied}), the correction replaced the result the decision counts; once the round is decided it changes
 * nothing by itself: {@code decision} says what the round was decided, and the lead center decides whether the
 * section is reopened. {@code projectName} and {@code sectionName} are for people to read.
 */
public record ResultCorrected(UUID applicationId, UUID sectionId, String sectionName, String projectName,
        String department, int round, InspectionResult result, String correctionReason, boolean applied,
        SectionDecision decision) {

    public ResultCorrected {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        requireNonNull(result, "result");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
    }
}
