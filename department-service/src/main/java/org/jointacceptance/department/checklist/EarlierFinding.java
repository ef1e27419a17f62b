package org.jointacceptance.department.checklist;

import java.util.List;

import org.jointacceptance.messaging.acceptance.RectifiedFinding;
import org.jointacceptance.messaging.department.FindingSeverity;

/**
 * On a re-inspection: what the department found on this item in an earlier round, and what the applicant answered,
 * with the evidence they supplied.
 */
public record EarlierFinding(int round, String description, FindingSeverity severity, String requiredAction,
        String answer, List<RectifiedFinding.Evidence> evidence) {

    public EarlierFinding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
