package org.jointacceptance.acceptance.application;

/** Where one section stands. */
public enum SectionStatus {
    IN_INSPECTION,
    RECTIFICATION_REQUIRED,
    ACCEPTED,
    REJECTED
}
