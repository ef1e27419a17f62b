package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The last day to answer a section's rectification notice moved: the working days it was counted on changed (a
 * year's holiday notice was loaded, or a correction), or it was set once a year it falls in could be counted
 * ({@code previousRectifyBy} null). Still provisional while it lies in a year whose notice is not loaded yet.
 */
public record RectificationDeadlineChanged(UUID applicationId, UUID sectionId, String sectionName, int round,
        String projectName, Applicant applicant, LocalDate previousRectifyBy, LocalDate rectifyBy,
        boolean rectifyByProvisional, String reason) {

    public RectificationDeadlineChanged {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(applicant, "applicant");
        requireNonNull(rectifyBy, "rectifyBy");
        requireNonNull(reason, "reason");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
    }
}
