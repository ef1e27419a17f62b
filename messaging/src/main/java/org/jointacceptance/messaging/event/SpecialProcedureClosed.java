package org.jointacceptance.messaging.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A department has closed a special procedure: the joint stage's clock runs again, and the due dates move out by
 * {@code pausedWorkingDays}, the working days after {@code openedOn} up to and including {@code closedOn}.
 */
public record SpecialProcedureClosed(UUID procedureId, UUID inspectionId, UUID applicationId, UUID sectionId,
        String department, int round, SpecialProcedureKind kind, LocalDate openedOn, LocalDate closedOn,
        int pausedWorkingDays, String outcome) {

    public SpecialProcedureClosed {
        requireNonNull(procedureId, "procedureId");
        requireNonNull(inspectionId, "inspectionId");
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
        requireNonNull(kind, "kind");
        requireNonNull(openedOn, "openedOn");
        requireNonNull(closedOn, "closedOn");
        if (pausedWorkingDays < 0) {
            throw new IllegalArgumentException("pausedWorkingDays must not be negative");
        }
    }
}
