package org.jointacceptance.department.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jointacceptance.department.inspection.ResultRequest.FindingRequest;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.event.Finding;
import org.jointacceptance.messaging.event.InspectionRequested;
import org.jointacceptance.messaging.event.InspectionResult;
import org.jointacceptance.messaging.event.InspectionResultSubmitted;
import org.jointacceptance.messaging.inbox.Inbox;
import org.jointacceptance.messaging.outbox.Outbox;
import org.jointacceptance.problem.ProblemException;

/** Puts inspection requests into this department's inbox and publishes the inspectors' results. */
@ApplicationScoped
public class InspectionService {

    /** Every event is about an application, keyed by its id so that its events keep their order. */
    private static final String APPLICATION = "application";

    private final DepartmentConfig department;
    private final Inbox inbox;
    private final Outbox outbox;
    private final Clock clock;

    public InspectionService(DepartmentConfig department, Inbox inbox, Outbox outbox, Clock clock) {
        this.department = department;
        this.inbox = inbox;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Files a request addressed to this department; a request seen before changes nothing. */
    @Transactional
    public void receive(EventEnvelope envelope, InspectionRequested request) {
        if (!request.department().equals(department.code()) || !inbox.firstDelivery(envelope)) {
            return;
        }
        if (Inspection.count("sectionId = ?1 and round = ?2", request.sectionId(), request.round()) > 0) {
            return;
        }
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.applicationId = request.applicationId();
        inspection.sectionId = request.sectionId();
        inspection.sectionName = request.sectionName();
        inspection.round = request.round();
        inspection.mode = request.mode();
        inspection.projectCode = request.projectCode();
        inspection.projectName = request.projectName();
        inspection.address = request.address();
        inspection.district = request.district();
        inspection.dueDate = request.dueDate();
        inspection.state = InspectionState.PENDING;
        inspection.requestedAt = OffsetDateTime.now(clock);
        inspection.persist();
    }

    /** Records the inspector's result and announces it; a submitted result is final. */
    @Transactional
    public Inspection submitResult(UUID inspectionId, ResultRequest request) {
        Inspection inspection = Inspection.findById(inspectionId, LockModeType.PESSIMISTIC_WRITE);
        if (inspection == null) {
            throw ProblemException.notFound("Inspection", inspectionId);
        }
        if (inspection.state == InspectionState.SUBMITTED) {
            throw ProblemException.conflict("result-already-submitted",
                    "The result of this inspection was submitted on " + inspection.submittedAt.toLocalDate()
                            + " and cannot be changed");
        }
        List<Finding> findings = request.findings() == null ? List.of()
                : request.findings().stream().map(InspectionService::finding).toList();
        if (request.result() == InspectionResult.FAILED && findings.isEmpty()) {
            throw ProblemException.invalid("failed-without-findings",
                    "A failed inspection must list at least one finding for the applicant to rectify");
        }
        if (request.result() != InspectionResult.FAILED && !findings.isEmpty()) {
            throw ProblemException.invalid("findings-without-failure",
                    "Findings are only recorded with a failed result");
        }
        if (request.result() == InspectionResult.NOT_APPLICABLE && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalid("not-applicable-without-reason",
                    "An inspection that does not apply must say why");
        }
        inspection.state = InspectionState.SUBMITTED;
        inspection.result = request.result();
        inspection.inspector = request.inspector();
        inspection.inspectedOn = request.inspectedOn();
        inspection.reason = request.reason();
        inspection.findings = findings;
        inspection.submittedAt = OffsetDateTime.now(clock);
        outbox.append(APPLICATION, inspection.applicationId, new InspectionResultSubmitted(inspection.id,
                inspection.applicationId, inspection.sectionId, department.code(), inspection.round,
                inspection.result, inspection.inspector, inspection.inspectedOn, inspection.reason, findings));
        return inspection;
    }

    private static Finding finding(FindingRequest request) {
        return new Finding(request.item(), request.description(), request.rectifiable(), request.requiredAction());
    }
}
