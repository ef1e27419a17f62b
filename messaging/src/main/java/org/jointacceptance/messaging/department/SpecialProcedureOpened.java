package org.jointacceptance.messaging.department;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A department has opened a special procedure (expert review, testing, hearing) on an inspection: from
 * {@code openedOn} the joint stage's clock stops, for about {@code expectedWorkingDays} working days.
 */
public record SpecialProcedureOpened(UUID procedureId, UUID inspectionId, UUID applicationId, UUID sectionId,
        String department, int round, SpecialProcedureKind kind, String reason, LocalDate openedOn,
        int expectedWorkingDays, LocalDate expectedEnd) {

    public SpecialProcedureOpened {
        requireNonNull(procedureId, "procedureId");
        requireNonNull(inspectionId, "inspectionId");
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
        requireNonNull(kind, "kind");
        requireNonNull(reason, "reason");
        requireNonNull(openedOn, "openedOn");
        if (expectedWorkingDays < 1) {
            throw new IllegalArgumentException("expectedWorkingDays must be 1 or more");
        }
    }
}
