package org.jointacceptance.messaging.department;

/** The special procedures a department may need during an inspection; their time does not count on the clock. */
public enum SpecialProcedureKind {
    EXPERT_REVIEW,
    TESTING,
    HEARING
}
