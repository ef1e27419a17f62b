package org.jointacceptance.acceptance.application;

import java.util.List;

/** Where an application stands as a whole. */
public enum ApplicationStatus {
    /** Being prepared by the firm: materials are uploaded, nothing is checked or counted yet. */
    DRAFT,
    /** The window found materials missing and listed them all; nothing starts until the firm supplies them. */
    CORRECTION_REQUIRED,
    /**
     * Nothing is missing; a window officer reviews the file (形式审查), or the window accepts it once the officer's
     * days pass.
     */
    AWAITING_REVIEW,
    /** The window refused the application, with a reason; it goes no further. */
    NOT_ACCEPTED,
    /** Accepted at the window; departments are inspecting its sections. */
    IN_INSPECTION,
    /** At least one section waits for the applicant's rectification. */
    RECTIFICATION_REQUIRED,
    /** Every section is accepted. */
    ACCEPTED,
    /** A section was rejected. */
    REJECTED,
    /** A coordinator ended the application before its decision. */
    TERMINATED;

    /** Accepted at the window and not yet decided: the joint stage's clock concerns these. */
    public static final List<ApplicationStatus> RUNNING = List.of(IN_INSPECTION, RECTIFICATION_REQUIRED);
}
