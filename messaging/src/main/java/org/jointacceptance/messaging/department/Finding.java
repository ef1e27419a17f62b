package org.jointacceptance.messaging.department;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One defect an inspector found: on which checklist item ({@code item} by its English title, {@code itemZh} by its
 * Chinese one), what, how serious, whether the applicant can put it right, what they must do, and the files (photos,
 * reports) that show it.
 */
public record Finding(String item, String itemZh, String description, Boolean rectifiable, String requiredAction,
        FindingSeverity severity, List<Evidence> evidence) {

    public Finding {
        requireNonNull(description, "description");
        requireNonNull(rectifiable, "rectifiable");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A finding without Chinese item name, severity or evidence, as findings were published before those existed. */
    public Finding(String item, String description, Boolean rectifiable, String requiredAction) {
        this(item, null, description, rectifiable, requiredAction, null, List.of());
    }

    /** A file the inspector attached to the finding, identified by its SHA-256 digest; its department serves it. */
    public record Evidence(String name, String mediaType, String sha256) {

        public Evidence {
            requireNonNull(sha256, "sha256");
        }
    }
}
