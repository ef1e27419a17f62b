package org.jointacceptance.department.result;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.access.Person;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.department.activity.ActivityLog;
import org.jointacceptance.department.assignment.AssignmentService;
import org.jointacceptance.department.checklist.Checklist;
import org.jointacceptance.department.checklist.ChecklistService;
import org.jointacceptance.department.checklist.ChecklistVerdict;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.inspection.InspectionState;
import org.jointacceptance.department.inspection.ResultFinding;
import org.jointacceptance.department.procedure.SpecialProcedureService;
import org.jointacceptance.department.serving.CurrentDepartment;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.jointacceptance.messaging.department.QuestionAnswered;
import org.jointacceptance.messaging.outbox.Outbox;
import org.jointacceptance.problem.ProblemException;

/**
 * Concludes inspections: the result is the checklist's verdict, or not applicable with a reason; it is kept unchanged
 * and published through the outbox. A correction is a new result, derived again, that names the one it replaces. The
 * lead center's question about a result is answered, or the result corrected.
 */
@ApplicationScoped
public class ResultService {

    private final CurrentDepartment department;
    private final AssignmentService assignments;
    private final ChecklistService marking;
    private final Outbox outbox;
    private final ActivityLog activity;
    private final Clock clock;

    public ResultService(CurrentDepartment department, AssignmentService assignments, ChecklistService marking,
            Outbox outbox, ActivityLog activity, Clock clock) {
        this.department = department;
        this.assignments = assignments;
        this.marking = marking;
        this.outbox = outbox;
        this.activity = activity;
        this.clock = clock;
    }

    @Transactional
    public Inspection submit(UUID inspectionId, Person inspector, SubmitRequest request) {
        Checklist checklist = Checklist.forUpdate(inspectionId);
        Inspection inspection = checklist.inspection();
        inspection.requireOpen();
        assignments.actingInspector(inspection, inspector.login());
        SpecialProcedureService.requireNoneOpen(inspection);
        ChecklistVerdict verdict = completeVerdict(checklist);
        return conclude(inspection, verdict.result(), inspector, inspectedOn(request.inspectedOn()),
                remark(request.remark()), verdict.findings(), null, null);
    }

    @Transactional
    public Inspection notApplicable(UUID inspectionId, Person inspector, NotApplicableRequest request) {
        Inspection inspection = Inspection.forUpdate(inspectionId);
        inspection.requireOpen();
        assignments.actingInspector(inspection, inspector.login());
        SpecialProcedureService.requireNoneOpen(inspection);
        return conclude(inspection, InspectionResult.NOT_APPLICABLE, inspector,
                inspectedOn(request.inspectedOn()), request.reason(), List.of(), null, null);
    }

    @Transactional
    public Inspection correct(UUID inspectionId, Person inspector, CorrectionRequest request) {
        Checklist checklist = Checklist.forUpdate(inspectionId);
        Inspection inspection = checklist.inspection();
        if (!inspection.submitted()) {
            throw ProblemException.conflict("no-result-to-correct");
        }
        assignments.actingInspector(inspection, inspector.login());
        Set<String> codes = new HashSet<>();
        boolean changed = false;
        for (CorrectionRequest.ItemCorrection item : request.items()) {
            if (!codes.add(item.code())) {
                throw ProblemException.invalid("item-corrected-twice", item.code());
            }
            changed |= marking.apply(checklist.item(item.code()), inspector.login(), item.marking());
        }
        if (!changed) {
            throw ProblemException.invalid("correction-changes-nothing");
        }
        ChecklistVerdict verdict = completeVerdict(checklist);
        return conclude(inspection, verdict.result(), inspector, inspectedOn(request.inspectedOn()),
                remark(request.remark()), verdict.findings(), inspection.resultId,
                request.reason());
    }

    /**
     * The inspector answers the lead center's question about the submitted result, standing by it (a changed result
     * is a correction, which answers the question too); published, so that the section goes back to the lead.
     */
    @Transactional
    public void answerQuestion(UUID inspectionId, Person inspector, String answer) {
        Inspection inspection = Inspection.forUpdate(inspectionId);
        if (inspection.leadQuestion == null) {
            throw ProblemException.conflict("no-question-to-answer");
        }
        assignments.actingInspector(inspection, inspector.login());
        outbox.append(Inspection.AGGREGATE_TYPE, inspection.applicationId, new QuestionAnswered(inspection.id,
                inspection.applicationId, inspection.sectionId, department.code(), inspection.round, answer,
                inspector.login(), inspector.name()));
        activity.record(inspection.id, inspector.login(), "QUESTION_ANSWERED", answer);
        inspection.questionSettled();
    }

    /** Concludes the locked inspection with the result, kept and published; returns the inspection concluded. */
    private Inspection conclude(Inspection inspection, InspectionResult result, Person inspector,
            LocalDate inspectedOn, String reason, List<Finding> findings, UUID corrects, String correctionReason) {
        SubmittedResult submitted = new SubmittedResult();
        submitted.id = UUID.randomUUID();
        submitted.inspectionId = inspection.id;
        submitted.result = result;
        submitted.inspector = inspector.login();
        submitted.inspectedOn = inspectedOn;
        submitted.reason = reason;
        submitted.findings = findings.stream().map(ResultFinding::of).toList();
        submitted.corrects = corrects;
        submitted.correctionReason = correctionReason;
        submitted.submittedAt = OffsetDateTime.now(clock);
        submitted.persist();

        inspection.state = InspectionState.SUBMITTED;
        inspection.resultId = submitted.id;
        inspection.result = result;
        inspection.inspector = inspector.login();
        inspection.inspectedOn = inspectedOn;
        inspection.reason = reason;
        inspection.findings = submitted.findings;
        inspection.submittedAt = submitted.submittedAt;
        inspection.questionSettled();
        outbox.append(Inspection.AGGREGATE_TYPE, inspection.applicationId, new InspectionResultSubmitted(inspection.id,
                inspection.applicationId, inspection.sectionId, department.code(), inspection.round, result,
                inspector.login(), inspectedOn, reason, findings, submitted.id, corrects, correctionReason,
                inspector.name(), result == InspectionResult.PASSED && inspection.passesOnFiling()));
        activity.record(inspection.id, inspector.login(), corrects == null ? "RESULT_SUBMITTED" : "RESULT_CORRECTED", result
                + (findings.isEmpty() ? "" : " with " + findings.size() + " finding(s)")
                + (correctionReason == null ? "" : ": " + correctionReason));
        return inspection;
    }

    private static ChecklistVerdict completeVerdict(Checklist checklist) {
        ChecklistVerdict verdict = ChecklistVerdict.of(checklist.items());
        if (!verdict.complete()) {
            ProblemException incomplete = ProblemException.conflict("checklist-incomplete", verdict.unmarked().size());
            for (String code : verdict.unmarked()) {
                incomplete = incomplete.withError("checklist." + code, "field.not-marked");
            }
            throw incomplete;
        }
        return verdict;
    }

    private LocalDate inspectedOn(LocalDate requested) {
        LocalDate today = WorkingCalendar.today(clock);
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw ProblemException.invalid("inspected-on-in-the-future", requested, today);
        }
        return requested;
    }

    private static String remark(String remark) {
        return remark == null || remark.isBlank() ? null : remark;
    }
}
