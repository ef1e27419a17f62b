package org.jointacceptance.messaging.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * acceptance-service asks one department to inspect one section in one round. From round 2 on, only departments
 * that failed the section are asked again, and {@code rectifiedFindings} carries their earlier findings with the
 * applicant's answers.
 */
public record InspectionRequested(UUID applicationId, UUID sectionId, String sectionName, String department, int round,
        InspectionMode mode, String projectCode, String projectName, String address, String district,
        LocalDate dueDate, List<RectifiedFinding> rectifiedFindings) {

    public InspectionRequested {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        requireNonNull(mode, "mode");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
        rectifiedFindings = rectifiedFindings == null ? List.of() : List.copyOf(rectifiedFindings);
    }
}
