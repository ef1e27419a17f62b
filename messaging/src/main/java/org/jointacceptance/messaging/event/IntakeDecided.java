package org.jointacceptance.messaging.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The one window has checked an application; when accepted, the joint stage's clock runs to {@code dueDate}. */
public record IntakeDecided(UUID applicationId, String projectCode, String projectName, Applicant applicant,
        IntakeOutcome outcome, String reason, LocalDate dueDate, List<String> missingMaterials) {

    public IntakeDecided {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicant, "applicant");
        requireNonNull(outcome, "outcome");
        missingMaterials = missingMaterials == null ? List.of() : List.copyOf(missingMaterials);
    }
}
