package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The one window has checked an application; when accepted, the joint stage's clock runs to {@code dueDate}, which is
 * provisional when it is counted into a year whose holiday notice is not loaded yet, and the intake receipt gives the
 * application its number and the lookup code with which anyone may look up its stage. {@code materials} says what is
 * missing (correction required) or owed (accepted with tolerance), with each material's names in both languages;
 * {@code missingMaterials} says the same in English sentences. Not accepted, {@code refusal} says why in a word, and
 * {@code reason} in an English sentence.
 */
public record IntakeDecided(UUID applicationId, String projectCode, String projectName, Applicant applicant,
        IntakeOutcome outcome, String reason, LocalDate dueDate, List<String> missingMaterials,
        boolean dueDateProvisional, String applicationNumber, String lookupCode, List<IntakeMaterial> materials,
        IntakeRefusal refusal) {

    /** An intake decision that accepts the application or asks for a correction. */
    public IntakeDecided(UUID applicationId, String projectCode, String projectName, Applicant applicant,
            IntakeOutcome outcome, String reason, LocalDate dueDate, List<String> missingMaterials,
            boolean dueDateProvisional, String applicationNumber, String lookupCode, List<IntakeMaterial> materials) {
        this(applicationId, projectCode, projectName, applicant, outcome, reason, dueDate, missingMaterials,
                dueDateProvisional, applicationNumber, lookupCode, materials, null);
    }

    /** An intake decision that lists its materials in sentences only: as published before {@code materials} existed. */
    public IntakeDecided(UUID applicationId, String projectCode, String projectName, Applicant applicant,
            IntakeOutcome outcome, String reason, LocalDate dueDate, List<String> missingMaterials,
            boolean dueDateProvisional, String applicationNumber, String lookupCode) {
        this(applicationId, projectCode, projectName, applicant, outcome, reason, dueDate, missingMaterials,
                dueDateProvisional, applicationNumber, lookupCode, List.of());
    }

    /** An intake decision without a receipt: one that does not accept the application. */
    public IntakeDecided(UUID applicationId, String projectCode, String projectName, Applicant applicant,
            IntakeOutcome outcome, String reason, LocalDate dueDate, List<String> missingMaterials,
            boolean dueDateProvisional) {
        this(applicationId, projectCode, projectName, applicant, outcome, reason, dueDate, missingMaterials,
                dueDateProvisional, null, null);
    }

    /** An intake decision whose due date, if any, is counted on published arrangements only. */
    public IntakeDecided(UUID applicationId, String projectCode, String projectName, Applicant applicant,
            IntakeOutcome outcome, String reason, LocalDate dueDate, List<String> missingMaterials) {
        this(applicationId, projectCode, projectName, applicant, outcome, reason, dueDate, missingMaterials, false);
    }

    public IntakeDecided {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicant, "applicant");
        requireNonNull(outcome, "outcome");
        missingMaterials = missingMaterials == null ? List.of() : List.copyOf(missingMaterials);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
