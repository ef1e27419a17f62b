package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

/** The construction firm that applied, and whom to tell. */
public record Applicant(String creditCode, String name, String contactName, String contactPhone, String contactEmail) {

    public Applicant {
        requireNonNull(creditCode, "creditCode");
        requireNonNull(name, "name");
    }
}
