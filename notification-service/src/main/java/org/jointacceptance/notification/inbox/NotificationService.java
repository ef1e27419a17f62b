package org.jointacceptance.notification.inbox;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.event.CompletionFilingIssued;
import org.jointacceptance.messaging.event.DeadlineWarning;
import org.jointacceptance.messaging.event.DueDateChanged;
import org.jointacceptance.messaging.event.IntakeDecided;
import org.jointacceptance.messaging.event.OpinionIssued;
import org.jointacceptance.messaging.event.SectionDecided;
import org.jointacceptance.messaging.event.SiteVisitScheduled;
import org.jointacceptance.messaging.inbox.Inbox;
import org.jointacceptance.notification.notice.Notices;

/** Decides who is told of each announced event, once per event and recipient, whatever the redeliveries. */
@ApplicationScoped
public class NotificationService {

    private final Inbox inbox;
    private final Notices notices;

    public NotificationService(Inbox inbox, Notices notices) {
        this.inbox = inbox;
        this.notices = notices;
    }

    /** Tells the applicant, and remembers who applied so that the departments' events can reach them. */
    @Transactional
    public void intakeDecided(EventEnvelope envelope, IntakeDecided event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        if (ApplicationParty.findById(event.applicationId()) == null) {
            ApplicationParty party = new ApplicationParty();
            party.applicationId = event.applicationId();
            party.applicantCreditCode = event.applicant().creditCode();
            party.contactEmail = event.applicant().contactEmail();
            party.projectName = event.projectName();
            party.persist();
        }
        notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
    }

    @Transactional
    public void sectionDecided(EventEnvelope envelope, SectionDecided event) {
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
        }
    }

    @Transactional
    public void opinionIssued(EventEnvelope envelope, OpinionIssued event) {
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
        }
    }

    @Transactional
    public void filingIssued(EventEnvelope envelope, CompletionFilingIssued event) {
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
        }
    }

    @Transactional
    public void dueDateChanged(EventEnvelope envelope, DueDateChanged event) {
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
        }
    }

    /** The coordinators; the department whose clock it is; the supervisor too when it is overdue (an escalation). */
    @Transactional
    public void deadlineWarning(EventEnvelope envelope, DeadlineWarning event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        notices.tell(envelope, event.applicationId(), event, Recipient.COORDINATOR);
        if (event.department() != null) {
            notices.tell(envelope, event.applicationId(), event, Recipient.department(event.department()));
        }
        if (event.level() == DeadlineWarning.Level.OVERDUE) {
            notices.tell(envelope, event.applicationId(), event, Recipient.SUPERVISOR);
        }
    }

    /** Tells the applicant where and when to receive the inspector; needs the application's intake to be known. */
    @Transactional
    public void siteVisitScheduled(EventEnvelope envelope, SiteVisitScheduled event) {
        ApplicationParty party = ApplicationParty.findById(event.applicationId());
        if (party == null) {
            throw new IllegalStateException("The intake of application " + event.applicationId()
                    + " has not arrived yet; the site visit is told once it has");
        }
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event,
                    Recipient.applicant(party.applicantCreditCode, party.contactEmail),
                    Map.of("projectName", party.projectName == null ? "" : party.projectName));
        }
    }
}
