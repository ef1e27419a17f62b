package org.jointacceptance.messaging.event;

/** How a department checks a section: a full acceptance inspection, or a filing (fire protection, ordinary projects). */
public enum InspectionMode {
    ACCEPTANCE,
    FILING
}
