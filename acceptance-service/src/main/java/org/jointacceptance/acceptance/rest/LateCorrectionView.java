package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jointacceptance.acceptance.application.InspectionFinding;
import org.jointacceptance.acceptance.application.LateCorrection;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionDecisionRecord;
import org.jointacceptance.messaging.acceptance.SectionDecision;
import org.jointacceptance.messaging.department.InspectionResult;

/**
 * A department's correction that came after its round was decided, for the lead center to settle: the section, the
 * decision that stands, and the result the department corrected it to, with its findings and why.
 */
public record LateCorrectionView(UUID id, UUID applicationId, String applicationNumber, String projectName,
        boolean keyProject, UUID sectionId, String sectionName, int round, SectionDecision standingDecision,
        String department, InspectionResult result, List<InspectionFinding> findings, String correctionReason,
        String inspectorName, LocalDate inspectedOn, OffsetDateTime receivedAt) {

    static LateCorrectionView of(LateCorrection correction) {
        Section section = correction.section;
        SectionDecisionRecord standing = section.notice();
        return new LateCorrectionView(correction.id, section.application.id, section.application.number,
                section.application.project.name, section.application.keyProject, section.id, section.name,
                correction.round, standing == null ? null : standing.decision, correction.department,
                correction.result, List.copyOf(correction.findings), correction.correctionReason,
                correction.inspectorName, correction.inspectedOn, correction.receivedAt);
    }
}
