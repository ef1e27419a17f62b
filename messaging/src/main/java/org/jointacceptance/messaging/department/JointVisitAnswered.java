package org.jointacceptance.messaging.department;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A department answered the lead center's proposal of a joint site visit ({@code visitId}): it confirms it, or asks
 * for another slot ({@code askedDate}, {@code askedTime}, Beijing time {@code HH:mm}) and says why ({@code reason}).
 * {@code inspector} answered, by login, and {@code inspectorName} as people read the name.
 */
public record JointVisitAnswered(UUID visitId, UUID inspectionId, UUID applicationId, UUID sectionId,
        String department, int round, boolean confirmed, LocalDate askedDate, String askedTime, String reason,
        String inspector, String inspectorName) {

    public JointVisitAnswered {
        requireNonNull(visitId, "visitId");
        requireNonNull(inspectionId, "inspectionId");
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
        if (!confirmed) {
            requireNonNull(askedDate, "askedDate");
            requireNonNull(askedTime, "askedTime");
            requireNonNull(reason, "reason");
        }
    }
}
