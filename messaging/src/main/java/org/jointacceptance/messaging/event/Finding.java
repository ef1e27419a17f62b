package org.jointacceptance.messaging.event;

import static java.util.Objects.requireNonNull;

/** One defect an inspector found: what, whether the applicant can put it right, and what they must do. */
public record Finding(String item, String description, Boolean rectifiable, String requiredAction) {

    public Finding {
        requireNonNull(description, "description");
        requireNonNull(rectifiable, "rectifiable");
    }
}
