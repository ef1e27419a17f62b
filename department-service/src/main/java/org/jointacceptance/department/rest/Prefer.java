package org.jointacceptance.department.rest;

import java.util.Locale;

/** A request's {@code Prefer} header (RFC 7240), as far as this service honours it: {@code return=minimal}. */
final class Prefer {

    static final String APPLIED = "Preference-Applied";
    static final String RETURN_MINIMAL = "return=minimal";

    private Prefer() {
    }

    /** True when the header asks for a minimal answer: {@code return=minimal} among its preferences. */
    static boolean minimalReturn(String header) {
        if (header == null) {
            return false;
        }
        for (String preference : header.split(",")) {
            String token = preference.split(";", 2)[0].replace(" ", "").replace("\t", "").replace("\"", "");
            if (token.toLowerCase(Locale.ROOT).equals(RETURN_MINIMAL)) {
                return true;
            }
        }
        return false;
    }
}
