package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every section declared on the registered project is accepted: the project's one overall completion acceptance
 * filing, told with the application whose acceptance completed it.
 */
public record CompletionFilingIssued(UUID applicationId, String projectCode, String projectName, Applicant applicant,
        String number, LocalDate issuedOn, List<String> opinionNumbers) {

    public CompletionFilingIssued {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicant, "applicant");
        requireNonNull(number, "number");
        requireNonNull(issuedOn, "issuedOn");
        opinionNumbers = opinionNumbers == null ? List.of() : List.copyOf(opinionNumbers);
    }
}
