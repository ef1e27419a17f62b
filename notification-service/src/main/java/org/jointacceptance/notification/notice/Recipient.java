package org.jointacceptance.notification.notice;

import org.jointacceptance.messaging.acceptance.Applicant;

/**
 * Someone a notice is for, named as across every channel ({@code applicant:<credit code>}, {@code department:<code>},
 * {@code coordinator} or {@code supervisor}), with the contact email an applicant gave; staff mailboxes are
 * configured.
 */
public record Recipient(String name, String contactEmail) {

    /** What a recipient's name looks like; anything else names no one. */
    public static final String NAME_PATTERN =
            "^(applicant:[0-9A-HJ-NPQRTUWXY]{18}|department:[a-z][a-z0-9-]{0,63}|coordinator|supervisor)$";

    public static final String APPLICANT_PREFIX = "applicant:";
    public static final String DEPARTMENT_PREFIX = "department:";

    public static final Recipient COORDINATOR = new Recipient("coordinator", null);
    public static final Recipient SUPERVISOR = new Recipient("supervisor", null);

    public static Recipient applicant(Applicant applicant) {
        return applicant(applicant.creditCode(), applicant.contactEmail());
    }

    public static Recipient applicant(String creditCode, String contactEmail) {
        return new Recipient(APPLICANT_PREFIX + creditCode, contactEmail);
    }

    public static Recipient department(String code) {
        return new Recipient(DEPARTMENT_PREFIX + code, null);
    }
}
