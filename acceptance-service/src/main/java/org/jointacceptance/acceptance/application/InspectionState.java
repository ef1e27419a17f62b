package org.jointacceptance.acceptance.application;

import org.jointacceptance.messaging.department.InspectionResult;

/** One department's state on one section in one round, as the coordinator's matrix shows it. */
public enum InspectionState {
    REQUESTED,
    PASSED,
    FAILED,
    NOT_APPLICABLE,
    /** A coordinator took the department off the section; it no longer counts. */
    WITHDRAWN;

    public static InspectionState of(InspectionResult result) {
        return valueOf(result.name());
    }

    /** No result is awaited any more: the department concluded, or was withdrawn. */
    public boolean concluded() {
        return this != REQUESTED;
    }
}
