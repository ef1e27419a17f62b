package org.jointacceptance.department.checklist;

import java.util.List;

import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.InspectionResult;

/**
 * The result a checklist gives, never typed by hand: any failed item fails the inspection, with one finding per
 * failed item; all passed or not applicable passes it. Unmarked items leave no result.
 */
public record ChecklistVerdict(InspectionResult result, List<Finding> findings, List<String> unmarked) {

    public static ChecklistVerdict of(List<ChecklistItem> items) {
        List<String> unmarked = items.stream().filter(item -> item.mark == null).map(item -> item.code).toList();
        List<Finding> findings = items.stream().filter(item -> item.mark == ItemMark.FAIL)
                .map(item -> item.finding.toFinding(item.title, item.titleZh)).toList();
        InspectionResult result = !unmarked.isEmpty() ? null
                : findings.isEmpty() ? InspectionResult.PASSED : InspectionResult.FAILED;
        return new ChecklistVerdict(result, findings, unmarked);
    }

    public boolean complete() {
        return unmarked.isEmpty();
    }
}
