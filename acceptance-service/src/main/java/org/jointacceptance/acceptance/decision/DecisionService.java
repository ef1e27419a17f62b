package org.jointacceptance.acceptance.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.acceptance.filing.FilingService;
import org.jointacceptance.acceptance.intake.OwedMaterial;
import org.jointacceptance.acceptance.opinion.OpinionService;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.event.DepartmentFinding;
import org.jointacceptance.messaging.event.Finding;
import org.jointacceptance.messaging.event.InspectionResultSubmitted;
import org.jointacceptance.messaging.event.SectionDecided;
import org.jointacceptance.messaging.event.SectionDecision;
import org.jointacceptance.messaging.inbox.Inbox;
import org.jointacceptance.messaging.outbox.Outbox;

/**
 * Aggregates the departments' results into one decision per section and round. A result is applied at most once;
 * one for an unknown section, another round or a department that was not asked is refused and recorded.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final Timeline timeline;
    private final OpinionService opinions;
    private final FilingService filings;
    private final StageDeadline deadline;
    private final JointStageClock stageClock;
    private final Clock clock;
    private final int maxRounds;

    public DecisionService(Inbox inbox, Outbox outbox, Timeline timeline, OpinionService opinions,
            FilingService filings, StageDeadline deadline, JointStageClock stageClock, Clock clock,
            @ConfigProperty(name = "acceptance.rectification.max-rounds") int maxRounds) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.timeline = timeline;
        this.opinions = opinions;
        this.filings = filings;
        this.deadline = deadline;
        this.stageClock = stageClock;
        this.clock = clock;
        this.maxRounds = maxRounds;
    }

    @Transactional
    public void apply(EventEnvelope envelope, InspectionResultSubmitted result) {
        if (!inbox.firstDelivery(envelope)) {
            LOG.debugf("Event %s was applied before", envelope.id());
            return;
        }
        LOG.debugf("Applying result of %s for section %s round %d", result.department(), result.sectionId(), result.round());
        Section section = Section.findById(result.sectionId(), LockModeType.PESSIMISTIC_WRITE);
        if (section == null || !section.application.id.equals(result.applicationId())) {
            refuse(envelope, result, "no such section in application " + result.applicationId());
            return;
        }
        if (section.application.status == ApplicationStatus.TERMINATED) {
            refuse(envelope, result, "the application was terminated: " + section.application.terminatedReason);
            return;
        }
        if (section.status != SectionStatus.IN_INSPECTION) {
            refuse(envelope, result, "the section is " + section.status + ", not in inspection");
            return;
        }
        if (result.round() != section.round) {
            refuse(envelope, result, "round " + result.round() + " is not the section's current round " + section.round);
            return;
        }
        SectionInspection inspection = section.inspection(result.department(), result.round()).orElse(null);
        if (inspection == null) {
            refuse(envelope, result, "department " + result.department() + " was not asked to inspect this section");
            return;
        }
        if (inspection.state == InspectionState.WITHDRAWN) {
            refuse(envelope, result, "department " + result.department() + " was withdrawn from this section");
            return;
        }
        if (inspection.state.concluded()) {
            if (!result.inspectionId().equals(inspection.inspectionId)) {
                refuse(envelope, result, "the department already concluded this round with inspection "
                        + inspection.inspectionId);
            }
            return;
        }
        inspection.state = InspectionState.of(result.result());
        inspection.inspectionId = result.inspectionId();
        inspection.inspector = result.inspector();
        inspection.inspectedOn = result.inspectedOn();
        inspection.reason = result.reason();
        inspection.findings = new ArrayList<>(result.findings());
        timeline.record(section.application.id, section.id, "department:" + result.department() + "/"
                + result.inspector(), "RESULT_" + result.result(), "Round " + result.round() + ", "
                + result.findings().size() + " finding(s)" + (result.reason() == null ? "" : ": " + result.reason()),
                envelope.id());
        decideIfRoundComplete(section);
    }

    /**
     * Decides the section once no department of its current round is still awaited; a section whose departments
     * all passed waits while the application owes a material tolerated at intake.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decideIfRoundComplete(Section section) {
        if ((section.status == SectionStatus.IN_INSPECTION || section.status == SectionStatus.AWAITING_MATERIAL)
                && section.inspectionsOfRound(section.round).stream().allMatch(cell -> cell.state.concluded())) {
            decide(section);
        }
    }

    /**
     * Rejects a section whose rectification notice went unanswered past its deadline. The rejection repeats the
     * notice's findings, so that a coordinator who reopens the section reopens that notice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rejectUnrectified(Section section) {
        SectionDecisionRecord notice = SectionDecisionRecord.latest(section.id, section.round);
        String reason = "No rectification was submitted by " + section.rectifyBy + ", the notice's deadline";
        record(section, SectionDecision.REJECTED, notice.findings, List.of(reason));
        deadline.resume(section.application, section.id, ClockPause.Kind.RECTIFICATION);
    }

    private void decide(Section section) {
        List<DepartmentFinding> findings = new ArrayList<>();
        for (SectionInspection inspection : section.inspectionsOfRound(section.round)) {
            if (inspection.state != InspectionState.FAILED) {
                continue;
            }
            if (inspection.findings.isEmpty()) {
                findings.add(new DepartmentFinding(inspection.department, null,
                        "The department failed the section without itemised findings", true, null));
            }
            for (Finding finding : inspection.findings) {
                findings.add(new DepartmentFinding(inspection.department, finding.item(), finding.description(),
                        finding.rectifiable(), finding.requiredAction()));
            }
        }
        List<String> reasons = new ArrayList<>();
        findings.stream().filter(finding -> !finding.rectifiable()).forEach(finding -> reasons
                .add("Not rectifiable (" + finding.department() + "): " + finding.description()));
        int roundLimit = section.roundLimit == null ? maxRounds : section.roundLimit;
        if (!findings.isEmpty() && reasons.isEmpty() && section.round >= roundLimit) {
            reasons.add("Still failing after " + section.round + " rounds; the limit is " + roundLimit);
        }
        SectionDecision decision = findings.isEmpty() ? SectionDecision.ACCEPTED
                : reasons.isEmpty() ? SectionDecision.RECTIFICATION_REQUIRED : SectionDecision.REJECTED;
        Application application = section.application;
        if (decision == SectionDecision.ACCEPTED && OwedMaterial.anyOutstanding(application.id)) {
            if (section.status != SectionStatus.AWAITING_MATERIAL) {
                section.status = SectionStatus.AWAITING_MATERIAL;
                timeline.record(application.id, section.id, "system", "DECISION_HELD", "Round " + section.round
                        + ": every department concluded; waiting for the owed " + OwedMaterial.ofApplication(
                                application.id).stream().filter(owed -> owed.suppliedOn == null)
                                .map(owed -> owed.type + " (promised by " + owed.promisedBy + ")").toList(), null);
            }
            return;
        }
        if (decision == SectionDecision.RECTIFICATION_REQUIRED) {
            section.rectifyBy = rectificationDueDate(section);
        }
        record(section, decision, findings, reasons);
        if (decision == SectionDecision.RECTIFICATION_REQUIRED) {
            deadline.pause(application, section.id, ClockPause.Kind.RECTIFICATION);
        }
        if (decision == SectionDecision.ACCEPTED) {
            opinions.issue(section);
            filings.issueIfComplete(application);
        }
    }

    /**
     * The notice's deadline; unknown while the calendar of the year it falls in is not loaded. The decision is not
     * held up for it: loading the year sets it ({@code CalendarService}), and until then the section is not rejected.
     */
    private LocalDate rectificationDueDate(Section section) {
        try {
            return stageClock.rectificationDueDate(stageClock.today());
        } catch (CalendarYearNotLoadedException e) {
            timeline.record(section.application.id, section.id, "system", "RECTIFICATION_DEADLINE_PENDING",
                    "The deadline falls in " + e.year() + ", whose calendar is not loaded yet; it is set when it is",
                    null);
            return null;
        }
    }

    /** Puts the decision on record, moves the section and the application on, and announces it. */
    private void record(Section section, SectionDecision decision, List<DepartmentFinding> findings,
            List<String> reasons) {
        SectionDecisionRecord record = new SectionDecisionRecord();
        record.id = UUID.randomUUID();
        record.section = section;
        record.round = section.round;
        record.decision = decision;
        record.findings = findings;
        record.reasons = reasons;
        record.decidedAt = OffsetDateTime.now(clock);
        record.persist();

        section.status = SectionStatus.valueOf(decision.name());
        Application application = section.application;
        application.updateStatusFromSections();
        LocalDate rectifyBy = decision == SectionDecision.RECTIFICATION_REQUIRED ? section.rectifyBy : null;
        boolean provisional = stageClock.isProvisional(rectifyBy);
        UUID eventId = outbox.append(Application.AGGREGATE_TYPE, application.id, new SectionDecided(application.id,
                section.id, section.name, section.round, decision, application.project.name,
                application.applicant.toEvent(), findings, reasons, rectifyBy, provisional));
        timeline.record(application.id, section.id, "system", "SECTION_" + decision, "Round " + section.round
                + (rectifyBy != null ? ", rectify by " + rectifyBy + (provisional ? " (provisional)" : "") : "")
                + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)), eventId);
        LOG.infof("Section '%s' decided in round %d: %s", section.name, section.round, decision);
    }

    private void refuse(EventEnvelope envelope, InspectionResultSubmitted result, String reason) {
        LOG.warnf("Refused result %s of %s for section %s: %s", envelope.id(), result.department(), result.sectionId(),
                reason);
        RefusedResult refused = new RefusedResult();
        refused.eventId = envelope.id();
        refused.applicationId = result.applicationId();
        refused.sectionId = result.sectionId();
        refused.department = result.department();
        refused.round = result.round();
        refused.reason = reason;
        refused.receivedAt = OffsetDateTime.now(clock);
        refused.persist();
        if (Application.findById(result.applicationId()) != null) {
            timeline.record(result.applicationId(), result.sectionId(), "department:" + result.department(),
                    "RESULT_REFUSED", reason, envelope.id());
        }
    }
}
