package org.jointacceptance.notification.inbox;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.event.ApplicationTerminated;
import org.jointacceptance.messaging.event.CompletionFilingIssued;
import org.jointacceptance.messaging.event.DeadlineWarning;
import org.jointacceptance.messaging.event.DueDateChanged;
import org.jointacceptance.messaging.event.IntakeDecided;
import org.jointacceptance.messaging.event.OpinionIssued;
import org.jointacceptance.messaging.event.RectificationSubmitted;
import org.jointacceptance.messaging.event.SectionDecided;
import org.jointacceptance.messaging.event.SiteVisitScheduled;
import org.jointacceptance.messaging.event.SpecialProcedureClosed;
import org.jointacceptance.messaging.event.SpecialProcedureOpened;
import org.jointacceptance.messaging.inbox.Inbox;
import org.jointacceptance.notification.digest.OpenApplications;
import org.jointacceptance.notification.notice.Notices;

/**
 * Applies each announced event once, whatever the redeliveries: decides who is told of it, once per event and
 * recipient, and keeps the digest's view of the open applications up to date.
 */
@ApplicationScoped
public class NotificationService {

    private final Inbox inbox;
    private final Notices notices;
    private final OpenApplications applications;

    public NotificationService(Inbox inbox, Notices notices, OpenApplications applications) {
        this.inbox = inbox;
        this.notices = notices;
        this.applications = applications;
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
        applications.intakeDecided(event);
        notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
    }

    @Transactional
    public void sectionDecided(EventEnvelope envelope, SectionDecided event) {
        if (inbox.firstDelivery(envelope)) {
            applications.sectionDecided(event);
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
            applications.filingIssued(event);
            notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
        }
    }

    @Transactional
    public void dueDateChanged(EventEnvelope envelope, DueDateChanged event) {
        if (inbox.firstDelivery(envelope)) {
            applications.dueDateChanged(event);
            notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
        }
    }

    /** The coordinators; the department whose clock it is; the supervisor too when it is overdue (an escalation). */
    @Transactional
    public void deadlineWarning(EventEnvelope envelope, DeadlineWarning event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        applications.deadlineWarning(event);
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

    /** Told to no one; the application's clock runs again (and a reopened section's application is open again). */
    @Transactional
    public void rectificationSubmitted(EventEnvelope envelope, RectificationSubmitted event) {
        if (inbox.firstDelivery(envelope)) {
            applications.rectificationSubmitted(event);
        }
    }

    /** Told to no one yet; the application is no longer open. */
    @Transactional
    public void applicationTerminated(EventEnvelope envelope, ApplicationTerminated event) {
        if (inbox.firstDelivery(envelope)) {
            applications.applicationTerminated(event);
        }
    }

    /** Told to no one yet; the application's clock stands still until the procedure closes. */
    @Transactional
    public void specialProcedureOpened(EventEnvelope envelope, SpecialProcedureOpened event) {
        if (inbox.firstDelivery(envelope)) {
            applications.specialProcedureOpened(event);
        }
    }

    @Transactional
    public void specialProcedureClosed(EventEnvelope envelope, SpecialProcedureClosed event) {
        if (inbox.firstDelivery(envelope)) {
            applications.specialProcedureClosed(event);
        }
    }
}
