package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.NoticeFinding;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.signature.LeadSignatures;
import org.jointacceptance.messaging.acceptance.SectionDecision;

/**
 * One decision in the lead center's queue: the section, the decision its departments' results come to (with the
 * findings and, for a rejection, why), each department's conclusion, since when it waits, the day after which the
 * system signs it (null: only the lead does) and the joint stage's due date.
 */
public record AwaitedSignature(UUID applicationId, String applicationNumber, String projectName, boolean keyProject,
        UUID sectionId, String sectionName, int round, SectionDecision decision, List<NoticeFinding> findings,
        List<String> reasons, List<Conclusion> conclusions, OffsetDateTime awaitingSince, LocalDate signBy,
        LocalDate stageDueDate) {

    /** A department's conclusion of the round: who inspected, on which day, and why when not applicable. */
    public record Conclusion(String department, InspectionState state, String inspectorName, LocalDate inspectedOn,
            String reason) {
    }

    static AwaitedSignature of(LeadSignatures.Awaited awaited) {
        Section section = awaited.section();
        return new AwaitedSignature(section.application.id, section.application.number,
                section.application.project.name, section.application.keyProject, section.id, section.name,
                section.round, awaited.decision().decision(), awaited.decision().findings(),
                awaited.decision().reasons(), section.inspectionsOfRound(section.round).stream()
                        .filter(inspection -> inspection.state.concluded())
                        .map(inspection -> new Conclusion(inspection.department, inspection.state,
                                inspection.inspectorName, inspection.inspectedOn, inspection.reason))
                        .toList(),
                section.awaitingSignatureSince, section.signBy, section.application.dueDate);
    }
}
