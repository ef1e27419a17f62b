package org.jointacceptance.department.checklist;

import java.util.List;

import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.FindingSeverity;

/** The finding a failed checklist item becomes: what is wrong, how serious, whether and how to put it right. */
public record ItemFinding(String description, FindingSeverity severity, Boolean rectifiable, String requiredAction,
        List<Finding.Evidence> evidence) {

    public ItemFinding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** As published: the item's title names it, in English and in Chinese. */
    public Finding toFinding(String itemTitle, String itemTitleZh) {
        return new Finding(itemTitle, itemTitleZh, description, rectifiable, requiredAction, severity, evidence);
    }
}
