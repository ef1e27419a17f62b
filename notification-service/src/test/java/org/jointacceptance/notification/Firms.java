package org.jointacceptance.notification;

import java.util.concurrent.ThreadLocalRandom;

import org.jointacceptance.messaging.acceptance.Applicant;

/** Applicant firms of their own for each test, so that what one test counts in an inbox, log or mailbox is its own. */
final class Firms {

    private static final String CREDIT_CODE_SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Firms() {
    }

    /** A firm with a contact mailbox of its own. */
    static Applicant newFirm() {
        String code = creditCode();
        return new Applicant(code, "Dalian Xinghai Bay Builders Co., Ltd.", "Liu Yang", "+86 411 8456 2210",
                "liu.yang." + code.toLowerCase() + "@xinghai-builders.example");
    }

    /** A firm that gave no contact mailbox: its notices reach it in the inbox and by webhook only. */
    static Applicant newFirmWithoutMailbox() {
        return new Applicant(creditCode(), "Dalian Xinghai Bay Builders Co., Ltd.", "Liu Yang", "+86 411 8456 2210",
                null);
    }

    static String recipient(Applicant firm) {
        return "applicant:" + firm.creditCode();
    }

    private static String creditCode() {
        StringBuilder code = new StringBuilder("91210204MA");
        for (int i = 0; i < 8; i++) {
            code.append(CREDIT_CODE_SYMBOLS.charAt(ThreadLocalRandom.current().nextInt(CREDIT_CODE_SYMBOLS.length())));
        }
        return code.toString();
    }
}
