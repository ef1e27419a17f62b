package org.jointacceptance.messaging.department;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A department has closed a special procedure: the joint stage's clock runs again, and the due dates move out by
 * {@code pausedWorkingDays}, the working days after {@code openedOn} up to and including {@code closedOn}. The
 * department's own due date, so moved, is {@code dueDate}: the department counts it, and no one counts it again.
 */
public record SpecialProcedureClosed(UUID procedureId, UUID inspectionId, UUID applicationId, UUID sectionId,
        String department, int round, SpecialProcedureKind kind, LocalDate openedOn, LocalDate closedOn,
        int pausedWorkingDays, String outcome, LocalDate dueDate) {

    /** A procedure closed on an inspection without a due date, as procedures were told before it was carried. */
    public SpecialProcedureClosed(UUID procedureId, UUID inspectionId, UUID applicationId, UUID sectionId,
            String department, int round, SpecialProcedureKind kind, LocalDate openedOn, LocalDate closedOn,
            int pausedWorkingDays, String outcome) {
        this(procedureId, inspectionId, applicationId, sectionId, department, round, kind, openedOn, closedOn,
                pausedWorkingDays, outcome, null);
    }

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
