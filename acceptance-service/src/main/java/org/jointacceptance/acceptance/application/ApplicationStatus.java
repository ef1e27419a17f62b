package org.jointacceptance.acceptance.application;

/** Where an application stands as a whole. */
public enum ApplicationStatus {
    /** Accepted at the window; departments are inspecting its sections. */
    IN_INSPECTION,
    /** At least one section waits for the applicant's rectification. */
    RECTIFICATION_REQUIRED,
    /** Every section is accepted. */
    ACCEPTED,
    /** A section was rejected. */
    REJECTED,
    /** A coordinator ended the application before its decision. */
    TERMINATED
}
