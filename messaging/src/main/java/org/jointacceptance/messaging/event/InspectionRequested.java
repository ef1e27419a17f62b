package org.jointacceptance.messaging.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/** acceptance-service asks one department to inspect one section in one round. */
public record InspectionRequested(UUID applicationId, UUID sectionId, String sectionName, String department, int round,
        InspectionMode mode, String projectCode, String projectName, String address, String district,
        LocalDate dueDate) {

    public InspectionRequested {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        requireNonNull(mode, "mode");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
    }
}
