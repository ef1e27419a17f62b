package org.jointacceptance.messaging.department;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A department's inspector has concluded an inspection; the result is final for that round. A correction is a new
 * result that names the one it replaces in {@code corrects}, with the reason in {@code correctionReason}. The inspector
 * is given by login ({@code inspector}) and by the name people read ({@code inspectorName}). {@code passedOnFiling} says
 * that a filing passed on its documents alone, the spot-check draw having not selected it for a site inspection (null
 * in results published before it was carried).
 */
public record InspectionResultSubmitted(UUID inspectionId, UUID applicationId, UUID sectionId, String department,
        int round, InspectionResult result, String inspector, LocalDate inspectedOn, String reason,
        List<Finding> findings, UUID resultId, UUID corrects, String correctionReason, String inspectorName,
        Boolean passedOnFiling) {

    public InspectionResultSubmitted {
        requireNonNull(inspectionId, "inspectionId");
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
        requireNonNull(department, "department");
        requireNonNull(result, "result");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A result that names its inspector by login only, as results were published before names were carried. */
    public InspectionResultSubmitted(UUID inspectionId, UUID applicationId, UUID sectionId, String department,
            int round, InspectionResult result, String inspector, LocalDate inspectedOn, String reason,
            List<Finding> findings, UUID resultId, UUID corrects, String correctionReason) {
        this(inspectionId, applicationId, sectionId, department, round, result, inspector, inspectedOn, reason,
                findings, resultId, corrects, correctionReason, null, null);
    }

    /** A first result without an id of its own, as results were published before corrections were possible. */
    public InspectionResultSubmitted(UUID inspectionId, UUID applicationId, UUID sectionId, String department,
            int round, InspectionResult result, String inspector, LocalDate inspectedOn, String reason,
            List<Finding> findings) {
        this(inspectionId, applicationId, sectionId, department, round, result, inspector, inspectedOn, reason,
                findings, null, null, null);
    }
}
