package org.jointacceptance.messaging.acceptance;

/** How a department checks a section: a full acceptance inspection, or a filing (fire protection, ordinary projects). */
public enum InspectionMode {
    ACCEPTANCE,
    FILING
}
