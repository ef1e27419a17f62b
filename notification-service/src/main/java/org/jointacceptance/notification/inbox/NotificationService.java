package org.jointacceptance.notification.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.event.CompletionFilingIssued;
import org.jointacceptance.messaging.event.DeadlineWarning;
import org.jointacceptance.messaging.event.DueDateChanged;
import org.jointacceptance.messaging.event.IntakeDecided;
import org.jointacceptance.messaging.event.OpinionIssued;
import org.jointacceptance.messaging.event.SiteVisitScheduled;
import org.jointacceptance.messaging.event.SectionDecided;
import org.jointacceptance.messaging.inbox.Inbox;

/** Turns announced events into notifications for the people concerned, once per event and recipient. */
@ApplicationScoped
public class NotificationService {

    static final String IN_APP = "in-app";

    private final Inbox inbox;
    private final Clock clock;

    public NotificationService(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Transactional
    public void intakeDecided(EventEnvelope envelope, IntakeDecided event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        if (ApplicationParty.findById(event.applicationId()) == null) {
            ApplicationParty party = new ApplicationParty();
            party.applicationId = event.applicationId();
            party.applicantCreditCode = event.applicant().creditCode();
            party.projectName = event.projectName();
            party.persist();
        }
        String subject = switch (event.outcome()) {
            case ACCEPTED -> "Application accepted: " + event.projectName();
            case ACCEPTED_WITH_TOLERANCE -> "Application accepted with tolerance: " + event.projectName();
            case CORRECTION_REQUIRED -> "Correction required: " + event.projectName();
            case NOT_ACCEPTED -> "Application not accepted: " + event.projectName();
        };
        String body = switch (event.outcome()) {
            case ACCEPTED, ACCEPTED_WITH_TOLERANCE -> "Your application for joint completion acceptance of "
                    + event.projectName() + " (" + event.projectCode() + ") was accepted. The departments will "
                    + "inspect in parallel; the joint stage is due by " + event.dueDate() + ".";
            case CORRECTION_REQUIRED -> "Please supply: " + String.join(", ", event.missingMaterials()) + ".";
            case NOT_ACCEPTED -> "Reason: " + (event.reason() == null ? "not given" : event.reason());
        };
        notify(envelope, event.applicationId(), Recipients.applicant(event.applicant().creditCode()), subject, body);
    }

    @Transactional
    public void sectionDecided(EventEnvelope envelope, SectionDecided event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        String section = "'" + event.sectionName() + "' of " + event.projectName();
        String subject;
        String body;
        switch (event.decision()) {
            case ACCEPTED -> {
                subject = "Section accepted: " + section;
                body = "Every department has passed section " + section + " in round " + event.round()
                        + ". The joint acceptance opinion follows.";
            }
            case RECTIFICATION_REQUIRED -> {
                subject = "Rectification notice: " + section;
                body = "Round " + event.round() + " found the following; please rectify and resubmit:\n"
                        + event.findings().stream()
                                .map(finding -> "- [" + finding.department() + "] " + finding.description()
                                        + (finding.requiredAction() == null ? "" : " Required: " + finding.requiredAction()))
                                .collect(Collectors.joining("\n"));
            }
            case REJECTED -> {
                subject = "Section rejected: " + section;
                body = "Section " + section + " was rejected: " + String.join("; ", event.reasons());
            }
            default -> throw new IllegalStateException("Unknown decision " + event.decision());
        }
        notify(envelope, event.applicationId(), Recipients.applicant(event.applicant().creditCode()), subject, body);
    }

    @Transactional
    public void opinionIssued(EventEnvelope envelope, OpinionIssued event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        notify(envelope, event.applicationId(), Recipients.applicant(event.applicant().creditCode()),
                "Joint acceptance opinion " + event.number() + ": '" + event.sectionName() + "' of " + event.projectName(),
                "The joint acceptance opinion " + event.number() + " for section '" + event.sectionName()
                        + "' was issued on " + event.issuedOn() + ". Its SHA-256 digest is " + event.digest()
                        + "; anyone can verify a copy at /opinions/" + event.number() + "/verification?digest="
                        + event.digest() + ".");
    }

    @Transactional
    public void filingIssued(EventEnvelope envelope, CompletionFilingIssued event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        notify(envelope, event.applicationId(), Recipients.applicant(event.applicant().creditCode()),
                "Completion acceptance filed: " + event.projectName(),
                "Every section of " + event.projectName() + " (" + event.projectCode() + ") is accepted. The "
                        + "completion acceptance filing " + event.number() + " was issued on " + event.issuedOn()
                        + ", covering the joint opinions " + String.join(", ", event.opinionNumbers()) + ".");
    }

    @Transactional
    public void dueDateChanged(EventEnvelope envelope, DueDateChanged event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        notify(envelope, event.applicationId(), Recipients.applicant(event.applicant().creditCode()),
                "New due date " + event.dueDate() + ": " + event.projectName(),
                "The joint stage of " + event.projectName() + " is now due by " + event.dueDate()
                        + (event.previousDueDate() == null ? "" : " (was " + event.previousDueDate() + ")") + ": "
                        + event.reason() + ". Working days the file was with you do not count ("
                        + event.pausedWorkingDays() + " so far).");
    }

    @Transactional
    public void deadlineWarning(EventEnvelope envelope, DeadlineWarning event) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        String clock = event.department() == null ? "The joint stage of " + event.projectName()
                : "The " + event.department() + " inspection (round " + event.round() + ") of " + event.projectName();
        String subject = switch (event.level()) {
            case YELLOW -> "Due soon (" + event.workingDaysLeft() + " working days): " + event.projectName();
            case RED -> "Due today: " + event.projectName();
            case OVERDUE -> "Overdue since " + event.dueDate() + ": " + event.projectName();
        };
        String body = clock + " is due by " + event.dueDate() + ".";
        notify(envelope, event.applicationId(), Recipients.COORDINATOR, subject, body);
        if (event.department() != null) {
            notify(envelope, event.applicationId(), Recipients.department(event.department()), subject, body);
        }
        if (event.level() == DeadlineWarning.Level.OVERDUE) {
            notify(envelope, event.applicationId(), Recipients.SUPERVISOR, "Escalation: " + subject, body);
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
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        boolean moved = event.previousDate() != null;
        String when = event.date() + (event.time() == null ? "" : " " + event.time());
        notify(envelope, event.applicationId(), Recipients.applicant(party.applicantCreditCode),
                (moved ? "Site visit moved to " : "Site visit on ") + when + ": " + event.department() + ", "
                        + party.projectName,
                "The " + event.department() + " inspector" + (event.inspector() == null ? "" : " " + event.inspector())
                        + " will inspect section '" + event.sectionName() + "' on " + when
                        + (event.address() == null ? "" : " at " + event.address()) + "."
                        + (moved ? " It was planned for " + event.previousDate()
                                + (event.previousTime() == null ? "" : " " + event.previousTime()) + "." : "")
                        + (event.reason() == null ? "" : " Reason: " + event.reason() + "."));
    }

    private void notify(EventEnvelope envelope, UUID applicationId, String recipient, String subject, String body) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.eventId = envelope.id();
        notification.eventType = envelope.type();
        notification.applicationId = applicationId;
        notification.recipient = recipient;
        notification.channel = IN_APP;
        notification.subject = subject;
        notification.body = body;
        notification.createdAt = OffsetDateTime.now(clock);
        notification.persist();
    }
}
