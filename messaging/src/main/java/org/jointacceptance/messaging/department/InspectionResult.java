package org.jointacceptance.messaging.department;

/** A department's conclusion on a section in one round. */
public enum InspectionResult {
    PASSED,
    FAILED,
    NOT_APPLICABLE
}
