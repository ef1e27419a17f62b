package org.jointacceptance.messaging.acceptance;

/** What the one window decided about an application's completeness. */
public enum IntakeOutcome {
    ACCEPTED,
    ACCEPTED_WITH_TOLERANCE,
    CORRECTION_REQUIRED,
    NOT_ACCEPTED
}
