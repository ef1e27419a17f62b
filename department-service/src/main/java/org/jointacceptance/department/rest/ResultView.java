package org.jointacceptance.department.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jointacceptance.department.inspection.ResultFinding;
import org.jointacceptance.department.result.SubmittedResult;
import org.jointacceptance.messaging.department.InspectionResult;

/** A submitted result as published; a correction names the result it replaces. */
public record ResultView(UUID resultId, UUID inspectionId, InspectionResult result, String inspector,
        LocalDate inspectedOn, String reason, List<ResultFinding> findings, UUID corrects, String correctionReason,
        OffsetDateTime submittedAt) {

    public static ResultView of(SubmittedResult result) {
        return new ResultView(result.id, result.inspectionId, result.result, result.inspector, result.inspectedOn,
                result.reason, List.copyOf(result.findings), result.corrects, result.correctionReason,
                result.submittedAt);
    }
}
