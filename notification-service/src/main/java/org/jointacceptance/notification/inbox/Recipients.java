package org.jointacceptance.notification.inbox;

/** How recipients are named across channels. */
public final class Recipients {

    private Recipients() {
    }

    public static String applicant(String creditCode) {
        return "applicant:" + creditCode;
    }
}
