package org.jointacceptance.acceptance.application;

import org.jointacceptance.messaging.event.InspectionResult;

/** One department's state on one section in one round, as the coordinator's matrix shows it. */
public enum InspectionState {
    REQUESTED,
    PASSED,
    FAILED,
    NOT_APPLICABLE;

    public static InspectionState of(InspectionResult result) {
        return valueOf(result.name());
    }

    public boolean concluded() {
        return this != REQUESTED;
    }
}
