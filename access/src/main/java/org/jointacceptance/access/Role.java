package org.jointacceptance.access;

/**
 * The roles a token's {@code groups} claim grants. A department lead holds both {@link #INSPECTOR} and {@link #LEAD}:
 * a lead inspects as well as assigns.
 */
public final class Role {

    /** A construction firm; its token carries the firm's unified social credit code ({@link Caller#CREDIT_CODE}). */
    public static final String APPLICANT = "applicant";
    /** Inspects for one department; its token carries the department's code ({@link Caller#DEPARTMENT}). */
    public static final String INSPECTOR = "inspector";
    /** Leads one department's inspectors and assigns their inspections. */
    public static final String LEAD = "lead";
    /** Works for the lead department: sees every application, overrides routing, terminates, reopens. */
    public static final String COORDINATOR = "coordinator";
    /**
     * Leads the lead center (the construction quality and safety supervision service center): signs each section's
     * consolidated decision, or returns it to a department with a question, and answers for the outcome.
     */
    public static final String LEAD_CENTER = "lead-center";
    /** Oversees the process: reads statistics and escalations, changes nothing. */
    public static final String SUPERVISOR = "supervisor";

    private Role() {
    }
}
