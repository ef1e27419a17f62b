package org.jointacceptance.notification.inbox;

/** How recipients are named across channels. */
public final class Recipients {

    private Recipients() {
    }

    public static final String COORDINATOR = "coordinator";
    public static final String SUPERVISOR = "supervisor";

    public static String applicant(String creditCode) {
        return "applicant:" + creditCode;
    }

    public static String department(String code) {
        return "department:" + code;
    }
}
