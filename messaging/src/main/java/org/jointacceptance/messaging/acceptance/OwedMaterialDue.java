package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder that a material tolerated at intake is still owed and falls due: sent on the last working day before
 * {@code promisedBy}, or later when that day was missed, but never after it. Unless the material arrives by
 * {@code promisedBy}, the joint stage's clock stops from that day ({@link OwedMaterialOverdue}).
 */
public record OwedMaterialDue(UUID applicationId, String projectName, Applicant applicant, String materialType,
        String materialName, LocalDate promisedBy, String materialNameZh) {

    /** Without the material's Chinese name: as published before {@code materialNameZh} existed. */
    public OwedMaterialDue(UUID applicationId, String projectName, Applicant applicant, String materialType,
            String materialName, LocalDate promisedBy) {
        this(applicationId, projectName, applicant, materialType, materialName, promisedBy, null);
    }

    public OwedMaterialDue {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicant, "applicant");
        requireNonNull(materialType, "materialType");
        requireNonNull(promisedBy, "promisedBy");
    }
}
