package org.jointacceptance.notification.listener;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.CompletionFilingIssued;
import org.jointacceptance.messaging.acceptance.DeadlineWarning;
import org.jointacceptance.messaging.acceptance.DueDateChanged;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.OpinionIssued;
import org.jointacceptance.messaging.acceptance.OwedMaterialDue;
import org.jointacceptance.messaging.acceptance.OwedMaterialOverdue;
import org.jointacceptance.messaging.acceptance.RectificationDeadlineChanged;
import org.jointacceptance.messaging.acceptance.RectificationSubmitted;
import org.jointacceptance.messaging.acceptance.ResultCorrected;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.StageClockChanged;
import org.jointacceptance.messaging.department.SiteVisitScheduled;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.jointacceptance.messaging.inbox.Inbox;
import org.jointacceptance.notification.digest.OpenApplications;
import org.jointacceptance.notification.dispatch.Notices;
import org.jointacceptance.notification.inbox.ApplicationDepartments;
import org.jointacceptance.notification.inbox.ApplicationParty;
import org.jointacceptance.notification.notice.Recipient;

/**
 * Applies each announced event once, whatever the redeliveries: decides who is told of it, once per event and
 * recipient, and keeps what that takes up to date: who applied, which departments inspect, and the digest's view of
 * the open applications.
 */
@ApplicationScoped
public class NotificationService {

    private final Inbox inbox;
    private final Notices notices;
    private final OpenApplications applications;
    private final ApplicationDepartments departments;

    public NotificationService(Inbox inbox, Notices notices, OpenApplications applications,
            ApplicationDepartments departments) {
        this.inbox = inbox;
        this.notices = notices;
        this.applications = applications;
        this.departments = departments;
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

    /** Tells the applicant the new last day to answer a rectification notice. */
    @Transactional
    public void rectificationDeadlineChanged(EventEnvelope envelope, RectificationDeadlineChanged event) {
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
        }
    }

    /**
     * The coordinators; the department whose clock it is; the supervisor too when it is overdue (an escalation), and
     * for every warning of a key project.
     */
    @Transactional
    public void deadlineWarning(EventEnvelope envelope, DeadlineWarning event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        notices.tell(envelope, event.applicationId(), event, Recipient.COORDINATOR);
        if (event.department() != null) {
            notices.tell(envelope, event.applicationId(), event, Recipient.department(event.department()));
        }
        if (event.level() == DeadlineWarning.Level.OVERDUE || event.keyProject()) {
            notices.tell(envelope, event.applicationId(), event, Recipient.SUPERVISOR);
        }
    }

    /**
     * Tells the coordinators of a department's corrected result: counted in the round's decision when it came before
     * it; after it, theirs is the choice whether the section is reopened.
     */
    @Transactional
    public void resultCorrected(EventEnvelope envelope, ResultCorrected event) {
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, Recipient.COORDINATOR);
        }
    }

    /** Tells the department the lead center asks about its result before signing the section's decision. */
    @Transactional
    public void resultQuestioned(EventEnvelope envelope, ResultQuestioned event) {
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, Recipient.department(event.department()));
        }
    }

    /** Asks each department of the proposed joint site visit to confirm it or ask for another slot. */
    @Transactional
    public void jointVisitProposed(EventEnvelope envelope, JointVisitProposed event) {
        if (inbox.firstDelivery(envelope)) {
            for (String department : event.departments()) {
                notices.tell(envelope, event.applicationId(), event, Recipient.department(department));
            }
        }
    }

    /** Tells the firm and every department coming when and where the joint site visit is. */
    @Transactional
    public void jointVisitFixed(EventEnvelope envelope, JointVisitFixed event) {
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
            for (String department : event.departments()) {
                notices.tell(envelope, event.applicationId(), event, Recipient.department(department));
            }
        }
    }

    /** Tells the applicant where and when to receive the inspector; needs the application's intake to be known. */
    @Transactional
    public void siteVisitScheduled(EventEnvelope envelope, SiteVisitScheduled event) {
        ApplicationParty party = intakeOf(event.applicationId());
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, party.applicant(), party.project());
        }
    }

    /** Tells the department of its new inspection, and remembers that it inspects the application. */
    @Transactional
    public void inspectionRequested(EventEnvelope envelope, InspectionRequested event) {
        if (inbox.firstDelivery(envelope)) {
            departments.inspectionRequested(event);
            notices.tell(envelope, event.applicationId(), event, Recipient.department(event.department()));
        }
    }

    /**
     * Tells each department asked to inspect again that the answers to its findings are in.
     */
    @Transactional
    public void rectificationSubmitted(EventEnvelope envelope, RectificationSubmitted event) {
        ApplicationParty party = intakeOf(event.applicationId());
        if (inbox.firstDelivery(envelope)) {
            for (String department : event.departments()) {
                notices.tell(envelope, event.applicationId(), event, Recipient.department(department), party.project());
            }
        }
    }

    /** Tells the department added (an inspection is coming) or withdrawn (stop work), and the applicant. */
    @Transactional
    public void routingChanged(EventEnvelope envelope, RoutingChanged event) {
        ApplicationParty party = intakeOf(event.applicationId());
        if (inbox.firstDelivery(envelope)) {
            departments.routingChanged(event);
            notices.tell(envelope, event.applicationId(), event, Recipient.department(event.department()),
                    party.project());
            notices.tell(envelope, event.applicationId(), event, party.applicant(), party.project());
        }
    }

    /**
     * Tells the applicant, and every department inspecting the application that its work ends; when no department is
     * known, the coordinators instead. The application is no longer open.
     */
    @Transactional
    public void applicationTerminated(EventEnvelope envelope, ApplicationTerminated event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
        List<String> inspecting = departments.of(event.applicationId());
        if (inspecting.isEmpty()) {
            notices.tell(envelope, event.applicationId(), event, Recipient.COORDINATOR);
        }
        for (String department : inspecting) {
            notices.tell(envelope, event.applicationId(), event, Recipient.department(department));
        }
    }

    /** Tells the applicant and the coordinators that the clock stands still. */
    @Transactional
    public void specialProcedureOpened(EventEnvelope envelope, SpecialProcedureOpened event) {
        ApplicationParty party = intakeOf(event.applicationId());
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, party.applicant(), party.project());
            notices.tell(envelope, event.applicationId(), event, Recipient.COORDINATOR, party.project());
        }
    }

    /** Tells the applicant and the coordinators that the clock runs again. */
    @Transactional
    public void specialProcedureClosed(EventEnvelope envelope, SpecialProcedureClosed event) {
        ApplicationParty party = intakeOf(event.applicationId());
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, party.applicant(), party.project());
            notices.tell(envelope, event.applicationId(), event, Recipient.COORDINATOR, party.project());
        }
    }

    /** Reminds the applicant that a material it owes falls due, before a broken promise stops the clock. */
    @Transactional
    public void owedMaterialDue(EventEnvelope envelope, OwedMaterialDue event) {
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
        }
    }

    /**
     * Tells the applicant and the coordinators that a broken promise stopped the clock until the material arrives.
     */
    @Transactional
    public void owedMaterialOverdue(EventEnvelope envelope, OwedMaterialOverdue event) {
        if (inbox.firstDelivery(envelope)) {
            notices.tell(envelope, event.applicationId(), event, Recipient.applicant(event.applicant()));
            notices.tell(envelope, event.applicationId(), event, Recipient.COORDINATOR);
        }
    }

    /** The digest keeps each application's clock as acceptance-service tells it. No one is told. */
    @Transactional
    public void stageClockChanged(EventEnvelope envelope, StageClockChanged event) {
        if (inbox.firstDelivery(envelope)) {
            applications.clockChanged(event);
        }
    }

    /**
     * Who applied, for the events that name no applicant. A department's event may overtake the intake (they travel
     * on different topics): it fails, and is retried until the intake has arrived.
     */
    private static ApplicationParty intakeOf(UUID applicationId) {
        ApplicationParty party = ApplicationParty.findById(applicationId);
        if (party == null) {
            throw new IllegalStateException("The intake of application " + applicationId
                    + " has not arrived yet; its events are told once it has");
        }
        return party;
    }
}
