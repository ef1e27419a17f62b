package org.jointacceptance.acceptance.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The construction firm that applies, and its contact for this application. */
@Embeddable
public class Applicant {

    @Column(name = "applicant_credit_code")
    public String creditCode;

    @Column(name = "applicant_name")
    public String name;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    public org.jointacceptance.messaging.acceptance.Applicant toEvent() {
        return new org.jointacceptance.messaging.acceptance.Applicant(creditCode, name, contactName, contactPhone, contactEmail);
    }
}
