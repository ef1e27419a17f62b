package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * The lead center's leader, about to sign a section's decision, returned it to one department with a question about
 * its result of the round ({@code inspectionId}: the department's inspection that gave it). The section waits for the
 * department's answer (QuestionAnswered) or its corrected result, then goes back to the leader to sign.
 * {@code projectName} and {@code sectionName} are for people to read; {@code leadName} is the leader as people read
 * the name.
 */
public record ResultQuestioned(UUID applicationId, UUID sectionId, String sectionName, String projectName,
        String department, int round, UUID inspectionId, String question, String leadLogin, String leadName) {

    public ResultQuestioned {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        requireNonNull(inspectionId, "inspectionId");
        requireNonNull(question, "question");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
    }
}
