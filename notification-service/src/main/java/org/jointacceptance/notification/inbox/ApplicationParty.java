package org.jointacceptance.notification.inbox;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.jointacceptance.notification.notice.Recipient;

/**
 * The applicant of an application, remembered from its intake so that the departments' events, which name no
 * applicant, can reach them: in the inbox by credit code, by mail at the contact email.
 */
@Entity
@Table(name = "application_party")
public class ApplicationParty extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "applicant_credit_code")
    public String applicantCreditCode;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "project_name")
    public String projectName;

    /** The applicant, as their notices reach them. */
    public Recipient applicant() {
        return Recipient.applicant(applicantCreditCode, contactEmail);
    }

    /** What the notices of events that name no project need: the project's name, blank when the intake had none. */
    public Map<String, Object> project() {
        return Map.of("projectName", projectName == null ? "" : projectName);
    }
}
