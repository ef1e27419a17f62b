package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.UUID;

/** The applicant has answered a rectification notice; the departments that failed inspect again in {@code round}. */
public record RectificationSubmitted(UUID applicationId, UUID sectionId, String sectionName, int round,
        List<String> departments) {

    public RectificationSubmitted {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        if (round < 2) {
            throw new IllegalArgumentException("a rectification starts round 2 or later");
        }
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
