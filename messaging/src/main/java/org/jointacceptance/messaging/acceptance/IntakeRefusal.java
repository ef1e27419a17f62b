package org.jointacceptance.messaging.acceptance;

/** Why the one window did not accept an application at all, in a word notices put in their reader's language. */
public enum IntakeRefusal {
    /** The project lies in a district this window does not serve. */
    OUTSIDE_JURISDICTION
}
