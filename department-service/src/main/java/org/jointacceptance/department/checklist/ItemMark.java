package org.jointacceptance.department.checklist;

/** How an inspector marks a checklist item. */
public enum ItemMark {
    PASS,
    FAIL,
    NOT_APPLICABLE
}
