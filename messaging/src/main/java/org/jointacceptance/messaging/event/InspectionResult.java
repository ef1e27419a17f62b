package org.jointacceptance.messaging.event;

/** A department's conclusion on a section in one round. */
public enum InspectionResult {
    PASSED,
    FAILED,
    NOT_APPLICABLE
}
