package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A material tolerated at intake did not arrive by the day the applicant promised it: the file is with the applicant,
 * and the joint stage's clock stands still from {@code promisedBy} until the material arrives.
 */
public record OwedMaterialOverdue(UUID applicationId, String projectName, Applicant applicant, String materialType,
        String materialName, LocalDate promisedBy, String materialNameZh) {

    /** Without the material's Chinese name: as published before {@code materialNameZh} existed. */
    public OwedMaterialOverdue(UUID applicationId, String projectName, Applicant applicant, String materialType,
            String materialName, LocalDate promisedBy) {
        this(applicationId, projectName, applicant, materialType, materialName, promisedBy, null);
    }

    public OwedMaterialOverdue {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicant, "applicant");
        requireNonNull(materialType, "materialType");
        requireNonNull(promisedBy, "promisedBy");
    }
}
