package org.jointacceptance.acceptance.application;

import org.jointacceptance.messaging.acceptance.DepartmentFinding;

/** One finding of a section's decision, with the department that made it, as the decision keeps it. */
public record NoticeFinding(String department, String item, String description, Boolean rectifiable,
        String requiredAction) {

    /** The finding as SectionDecided tells it. */
    public DepartmentFinding toEvent() {
        return new DepartmentFinding(department, item, description, rectifiable, requiredAction);
    }
}
