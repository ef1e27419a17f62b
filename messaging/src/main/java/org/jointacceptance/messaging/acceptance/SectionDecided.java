package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One decision on one section and round: accepted, rectification required (with every finding of every department
 * of the round: the one rectification notice, to be answered by {@code rectifyBy}, which is provisional while it lies
 * in a year whose holiday notice is not loaded yet), or rejected (with the reasons). Signed by the lead center's
 * {@code signedBy}, the name people read; null when the system took it (a city whose lead center does not sign each
 * decision, or one left unsigned past the lead's working days).
 */
public record SectionDecided(UUID applicationId, UUID sectionId, String sectionName, int round,
        SectionDecision decision, String projectName, Applicant applicant, List<DepartmentFinding> findings,
        List<String> reasons, LocalDate rectifyBy, boolean rectifyByProvisional, String signedBy) {

    public SectionDecided {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
        requireNonNull(decision, "decision");
        requireNonNull(applicant, "applicant");
        findings = findings == null ? List.of() : List.copyOf(findings);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A decision the system took, whose deadline, if any, is counted on published arrangements only. */
    public SectionDecided(UUID applicationId, UUID sectionId, String sectionName, int round, SectionDecision decision,
            String projectName, Applicant applicant, List<DepartmentFinding> findings, List<String> reasons,
            LocalDate rectifyBy) {
        this(applicationId, sectionId, sectionName, round, decision, projectName, applicant, findings, reasons,
                rectifyBy, false, null);
    }
}
