package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

/**
 * A finding as the applicant sees it in a rectification notice: which department found it on which checklist item
 * ({@code itemZh}: the item's Chinese title), and what to do.
 */
public record DepartmentFinding(String department, String item, String itemZh, String description,
        Boolean rectifiable, String requiredAction) {

    public DepartmentFinding {
        requireNonNull(department, "department");
        requireNonNull(description, "description");
        requireNonNull(rectifiable, "rectifiable");
    }
}
