package org.jointacceptance.department.inspection;

/** An inspection waits in the inbox until its result is submitted; a submitted result is final. */
public enum InspectionState {
    PENDING,
    SUBMITTED
}
