package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * acceptance-service asks one department to inspect one section in one round, with what the project declared and
 * the materials this department needs. From round 2 on, only departments that failed the section are asked again,
 * and {@code rectifiedFindings} carries their earlier findings with the applicant's answers. The due date is
 * provisional while it lies in a year whose holiday notice is not loaded yet. A key project's request ({@code
 * keyProject}) comes first in the department's inbox.
 */
public record InspectionRequested(UUID applicationId, UUID sectionId, String sectionName, String department, int round,
        InspectionMode mode, String projectCode, String projectName, String address, String district,
        LocalDate dueDate, List<RectifiedFinding> rectifiedFindings, List<Declaration> declared,
        List<Material> materials, boolean dueDateProvisional, boolean keyProject) {

    public InspectionRequested {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        requireNonNull(mode, "mode");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
        rectifiedFindings = rectifiedFindings == null ? List.of() : List.copyOf(rectifiedFindings);
        declared = declared == null ? List.of() : List.copyOf(declared);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    /** A request of a project that is not a key one. */
    public InspectionRequested(UUID applicationId, UUID sectionId, String sectionName, String department, int round,
            InspectionMode mode, String projectCode, String projectName, String address, String district,
            LocalDate dueDate, List<RectifiedFinding> rectifiedFindings, List<Declaration> declared,
            List<Material> materials, boolean dueDateProvisional) {
        this(applicationId, sectionId, sectionName, department, round, mode, projectCode, projectName, address,
                district, dueDate, rectifiedFindings, declared, materials, dueDateProvisional, false);
    }

    /** A request whose due date, if any, is counted on published arrangements only. */
    public InspectionRequested(UUID applicationId, UUID sectionId, String sectionName, String department, int round,
            InspectionMode mode, String projectCode, String projectName, String address, String district,
            LocalDate dueDate, List<RectifiedFinding> rectifiedFindings, List<Declaration> declared,
            List<Material> materials) {
        this(applicationId, sectionId, sectionName, department, round, mode, projectCode, projectName, address,
                district, dueDate, rectifiedFindings, declared, materials, false, false);
    }

    /** A request without declarations or materials, as requests were published before they became part of it. */
    public InspectionRequested(UUID applicationId, UUID sectionId, String sectionName, String department, int round,
            InspectionMode mode, String projectCode, String projectName, String address, String district,
            LocalDate dueDate, List<RectifiedFinding> rectifiedFindings) {
        this(applicationId, sectionId, sectionName, department, round, mode, projectCode, projectName, address,
                district, dueDate, rectifiedFindings, List.of(), List.of(), false, false);
    }

    /** One thing the applicant declared about the project or section, e.g. {@code Height (m)} = {@code 54.6}. */
    public record Declaration(String name, String value) {

        public Declaration {
            requireNonNull(name, "name");
        }
    }

    /**
     * A file of the application this department needs, identified by its SHA-256 digest; {@code href} is where
     * acceptance-service serves it, relative to acceptance-service's base URL.
     */
    public record Material(String type, String name, String mediaType, String sha256, String href) {

        public Material {
            requireNonNull(sha256, "sha256");
        }
    }
}
