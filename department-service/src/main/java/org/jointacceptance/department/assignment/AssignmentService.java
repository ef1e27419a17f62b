package org.jointacceptance.department.assignment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.department.activity.ActivityLog;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.problem.ProblemException;

/**
 * Who works on an inspection: a department lead assigns it, an inspector claims an unassigned one, and an inspector
 * who acts on an unassigned inspection takes it. Nobody acts on an inspection assigned to someone else.
 */
@ApplicationScoped
public class AssignmentService {

    private final ActivityLog activity;
    private final Clock clock;

    public AssignmentService(ActivityLog activity, Clock clock) {
        this.activity = activity;
        this.clock = clock;
    }

    /** Assigns or hands over the inspection; also after its result, so that someone can correct it. */
    @Transactional
    public Inspection assign(UUID inspectionId, String inspector, String assignedBy) {
        Inspection inspection = Inspection.forUpdate(inspectionId);
        if (inspector.equals(inspection.assignee)) {
            return inspection;
        }
        String previous = inspection.assignee;
        take(inspection, inspector, assignedBy);
        activity.record(inspection.id, assignedBy, "ASSIGNED", "to " + inspector
                + (previous == null ? "" : " (was " + previous + ")"));
        return inspection;
    }

    @Transactional
    public Inspection claim(UUID inspectionId, String inspector) {
        Inspection inspection = Inspection.forUpdate(inspectionId);
        inspection.requireOpen();
        actingInspector(inspection, inspector);
        return inspection;
    }

    /**
     * Checks that {@code inspector} may act on the (locked) inspection: it is theirs, or unassigned and now theirs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void actingInspector(Inspection inspection, String inspector) {
        if (inspection.assignee == null) {
            take(inspection, inspector, inspector);
            activity.record(inspection.id, inspector, "CLAIMED", null);
        } else if (!inspection.assignee.equals(inspector)) {
            throw ProblemException.conflict("assigned-to-another-inspector", inspection.assignee, inspector);
        }
    }

    private void take(Inspection inspection, String inspector, String assignedBy) {
        inspection.assignee = inspector;
        inspection.assignedBy = assignedBy;
        inspection.assignedAt = OffsetDateTime.now(clock);
    }
}
