package org.jointacceptance.department.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.inspection.InspectionState;
import org.jointacceptance.messaging.event.Finding;
import org.jointacceptance.messaging.event.InspectionMode;
import org.jointacceptance.messaging.event.InspectionResult;

/** An inspection as the department's inspectors see it. */
public record InspectionView(UUID id, String department, UUID applicationId, UUID sectionId, String sectionName,
        int round, InspectionMode mode, String projectCode, String projectName, String address, String district,
        LocalDate dueDate, InspectionState state, InspectionResult result, String inspector, LocalDate inspectedOn,
        String reason, List<Finding> findings, OffsetDateTime requestedAt, OffsetDateTime submittedAt) {

    public static InspectionView of(Inspection inspection, String department) {
        return new InspectionView(inspection.id, department, inspection.applicationId, inspection.sectionId,
                inspection.sectionName, inspection.round, inspection.mode, inspection.projectCode,
                inspection.projectName, inspection.address, inspection.district, inspection.dueDate,
                inspection.state, inspection.result, inspection.inspector, inspection.inspectedOn, inspection.reason,
                List.copyOf(inspection.findings), inspection.requestedAt, inspection.submittedAt);
    }
}
