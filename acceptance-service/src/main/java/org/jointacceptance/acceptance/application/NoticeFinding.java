package org.jointacceptance.acceptance.application;

import org.jointacceptance.messaging.acceptance.DepartmentFinding;

/**
 * One finding of a section's decision, with the department that made it and the checklist item in English and
 * Chinese ({@code itemZh}), as the decision keeps it.
 */
public record NoticeFinding(String department, String item, String itemZh, String description, Boolean rectifiable,
        String requiredAction) {

    /** The finding as SectionDecided tells it. */
    public DepartmentFinding toEvent() {
        return new DepartmentFinding(department, item, itemZh, description, rectifiable, requiredAction);
    }
}
