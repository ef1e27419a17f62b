package org.jointacceptance.department.inspection;

/**
 * An inspection waits in the inbox (pending), has its site visit set (scheduled), then its result submitted; a
 * submitted result is final, and a correction is a new result.
 */
public enum InspectionState {
    PENDING,
    SCHEDULED,
    SUBMITTED
}
