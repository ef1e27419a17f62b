package org.jointacceptance.department.inspection;

/**
 * An inspection waits in the inbox (pending), has its site visit set (scheduled), then its result submitted; a
 * submitted result is final, and a correction is a new result. One the lead coordinator withdrew, or whose
 * application was terminated, is withdrawn: nothing more is done on it.
 */
public enum InspectionState {
    PENDING,
    SCHEDULED,
    SUBMITTED,
    WITHDRAWN
}
