package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/** A section was accepted and its joint acceptance opinion issued, with the digest anyone can verify. */
public record OpinionIssued(UUID applicationId, UUID sectionId, String sectionName, String projectName,
        Applicant applicant, String number, String digest, LocalDate issuedOn) {

    public OpinionIssued {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(applicant, "applicant");
        requireNonNull(number, "number");
        requireNonNull(digest, "digest");
        requireNonNull(issuedOn, "issuedOn");
    }
}
