package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A finding of an earlier round as the re-inspecting department sees it: the checklist item ({@code itemZh}: its
 * Chinese title), what was found, and the applicant's answer with its evidence.
 */
public record RectifiedFinding(int round, String item, String itemZh, String description, String requiredAction,
        String answer, List<Evidence> evidence) {

    public RectifiedFinding {
        requireNonNull(description, "description");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A file the applicant supplied as proof, identified by its SHA-256 digest. */
    public record Evidence(String name, String mediaType, String sha256) {

        public Evidence {
            requireNonNull(sha256, "sha256");
        }
    }
}
