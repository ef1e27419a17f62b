package org.jointacceptance.acceptance.application;

/** Where one section stands. */
public enum SectionStatus {
    /** The application has not been accepted at the window yet. */
    AWAITING_INTAKE,
    IN_INSPECTION,
    /** Every department concluded in its favour, but a material tolerated at intake is still owed. */
    AWAITING_MATERIAL,
    /** Every department concluded; the consolidated decision waits for the lead center's signature. */
    AWAITING_SIGNATURE,
    RECTIFICATION_REQUIRED,
    ACCEPTED,
    REJECTED
}
