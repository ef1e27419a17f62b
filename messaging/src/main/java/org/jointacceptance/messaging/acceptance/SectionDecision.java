package org.jointacceptance.messaging.acceptance;

/** The joint decision on a section after a round of inspections. */
public enum SectionDecision {
    ACCEPTED,
    RECTIFICATION_REQUIRED,
    REJECTED
}
