package org.jointacceptance.messaging.department;

/** How serious a finding is: minor (a defect of detail), major (a requirement not met), critical (safety at stake). */
public enum FindingSeverity {
    MINOR,
    MAJOR,
    CRITICAL
}
