package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A material tolerated at intake arrived: the applicant owes it no more. Supplied after {@code promisedBy}, it ends the
 * pause its broken promise began ({@link OwedMaterialOverdue}), and the joint stage's clock runs again.
 */
public record OwedMaterialSupplied(UUID applicationId, String projectName, Applicant applicant, String materialType,
        String materialName, LocalDate promisedBy, LocalDate suppliedOn) {

    public OwedMaterialSupplied {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicant, "applicant");
        requireNonNull(materialType, "materialType");
        requireNonNull(promisedBy, "promisedBy");
        requireNonNull(suppliedOn, "suppliedOn");
    }

    /** Whether it came after the promised day, so that the clock stood still for it. */
    public boolean late() {
        return suppliedOn.isAfter(promisedBy);
    }
}
