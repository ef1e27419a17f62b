package org.jointacceptance.acceptance.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.NoticeFinding;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionDecisionRecord;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.acceptance.filing.FilingService;
import org.jointacceptance.acceptance.opinion.OpinionService;
import org.jointacceptance.acceptance.owed.OwedMaterial;
import org.jointacceptance.acceptance.owed.OwedMaterials;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.acceptance.visit.JointVisits;
import org.jointacceptance.access.Person;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.acceptance.ResultCorrected;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.SectionDecision;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.jointacceptance.messaging.department.QuestionAnswered;
import org.jointacceptance.messaging.inbox.Inbox;

/**
 * Aggregates the departments' results into one decision per section and round. A result is applied at most once;
 * one for an unknown section, another round or a department that was not asked is refused and recorded.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    private final Inbox inbox;
    private final Timeline timeline;
    private final OpinionService opinions;
    private final FilingService filings;
    private final StageDeadline deadline;
    private final JointStageClock stageClock;
    private final JointVisits jointVisits;
    private final Clock clock;
    private final int maxRounds;
    private final Optional<Integer> autoSignAfter;

    public DecisionService(Inbox inbox, Timeline timeline, OpinionService opinions,
            FilingService filings, StageDeadline deadline, JointStageClock stageClock, JointVisits jointVisits,
            Clock clock,
            @ConfigProperty(name = "acceptance.rectification.max-rounds") int maxRounds,
            @ConfigProperty(name = "acceptance.lead-center.auto-sign-after-working-days")
            Optional<Integer> autoSignAfter) {
        this.inbox = inbox;
        this.timeline = timeline;
        this.opinions = opinions;
        this.filings = filings;
        this.deadline = deadline;
        this.stageClock = stageClock;
        this.jointVisits = jointVisits;
        this.clock = clock;
        this.maxRounds = maxRounds;
        this.autoSignAfter = autoSignAfter;
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
        Section.ResultOutcome outcome = section.record(result);
        if (outcome instanceof Section.Refused refused) {
            refuse(envelope, result, refused.reason());
        } else if (outcome instanceof Section.Recorded) {
            timeline.record(section.application.id, section.id, actor(result), "RESULT_" + result.result(),
                    "Round " + result.round() + ", " + result.findings().size() + " finding(s)" + before(result.reason()),
                    Particulars.of(result.department(), result.round()).because(result.reason()), envelope.id());
            jointVisits.resultIn(section);
            decideIfRoundComplete(section);
        } else if (outcome instanceof Section.Corrected) {
            timeline.announce(section.application.id, section.id, actor(result), "RESULT_CORRECTED", "Round "
                    + result.round() + " corrected to " + result.result() + before(result.correctionReason()),
                    corrected(result), correction(section, result, null));
            decideIfRoundComplete(section);
        } else if (outcome instanceof Section.CorrectedAfterDecision late) {
            section.holdForLead(result, OffsetDateTime.now(clock));
            timeline.announce(section.application.id, section.id, actor(result), "RESULT_CORRECTED_AFTER_DECISION",
                    "Round " + result.round() + " was decided " + late.decision().decision + "; the correction to "
                            + result.result() + " is for the lead center to take up" + before(result.correctionReason()),
                    corrected(result), correction(section, result, late.decision().decision));
        }
    }

    private static String actor(InspectionResultSubmitted result) {
        return "department:" + result.department() + "/" + result.inspector();
    }

    private static Particulars corrected(InspectionResultSubmitted correction) {
        return Particulars.of(correction.department(), correction.round()).about(correction.result().name())
                .because(correction.correctionReason());
    }

    private static String before(String reason) {
        return reason == null ? "" : ": " + reason;
    }

    /** The correction as announced: applied to the round when {@code decided} is null, else after its decision. */
    private static ResultCorrected correction(Section section, InspectionResultSubmitted correction,
            SectionDecision decided) {
        return new ResultCorrected(section.application.id, section.id, section.name, section.application.project.name,
                correction.department(), correction.round(), correction.result(), correction.correctionReason(),
                decided == null, decided);
    }

    /**
     * Decides the section once no department of its current round is still awaited; a section whose departments
     * all passed waits while the application owes a material tolerated at intake; where the lead center signs, the
     * decision goes to its queue.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decideIfRoundComplete(Section section) {
        Application application = section.application;
        Section.RoundOutcome outcome = section.decideIfRoundComplete(
                () -> OwedMaterial.anyOutstanding(application.id), maxRounds, signature(),
                () -> rectificationDueDate(section), OffsetDateTime.now(clock));
        if (outcome instanceof Section.AwaitingSignature awaiting) {
            timeline.record(application.id, section.id, "system", "DECISION_AWAITING_SIGNATURE", "Round "
                    + section.round + ": every department concluded; " + awaiting.consolidated().decision()
                    + " waits for the lead center's signature" + (section.signBy == null ? ""
                            : " (signed by the system after " + section.signBy + ")"),
                    Particulars.round(section.round).about(awaiting.consolidated().decision().name())
                            .on(section.signBy), null);
        } else {
            concluded(section, outcome);
        }
    }

    /** A department answered the lead center's question about its result: the round may be complete again. */
    @Transactional
    public void answered(EventEnvelope envelope, QuestionAnswered answered) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        Section section = Section.findById(answered.sectionId(), LockModeType.PESSIMISTIC_WRITE);
        if (section == null || !section.application.id.equals(answered.applicationId())
                || !section.answer(answered.department(), answered.round(), answered.answer())) {
            LOG.warnf("No open question of %s for section %s round %d to answer", answered.department(),
                    answered.sectionId(), answered.round());
            return;
        }
        timeline.record(section.application.id, section.id, "department:" + answered.department() + "/"
                + answered.inspector(), "QUESTION_ANSWERED", "Round " + answered.round() + ": "
                        + answered.answer(), Particulars.of(answered.department(), answered.round())
                                .because(answered.answer()), envelope.id());
        decideIfRoundComplete(section);
    }

    /**
     * The lead center signs the section's decision as {@code seen} in its queue; {@code signer} null: the system
     * signs it, the lead's working days being past.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sign(Section section, SectionDecision seen, Person signer) {
        int round = section.round;
        Section.RoundOutcome outcome = section.sign(seen, signer == null ? null : signer.login(),
                signer == null ? null : signer.name(), () -> OwedMaterial.anyOutstanding(section.application.id),
                maxRounds, () -> rectificationDueDate(section), OffsetDateTime.now(clock));
        timeline.record(section.application.id, section.id, signer == null ? "system" : "lead-center:"
                + signer.login(), signer == null ? "DECISION_SIGNED_AUTOMATICALLY" : "DECISION_SIGNED", "Round "
                        + round + (signer == null ? ": no signature within " + autoSignAfter.orElse(0)
                                + " working days; signed by the system" : ": signed by " + signer.name()),
                signer == null ? Particulars.round(round) : Particulars.round(round).about(signer.name()), null);
        concluded(section, outcome);
    }

    /**
     * The lead center takes up a department's correction that came after the round was decided: the round's
     * decisions are withdrawn, and what stood on them (an accepted section's opinion and the filing, a notice's pause
     * of the clock); the round is decided again with the corrected result, as any round is (where the lead signs,
     * through its queue).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopenOnCorrection(Section section, UUID correctionId, String reason, Person lead) {
        Application application = section.application;
        List<SectionDecisionRecord> withdrawn = section.reopenOnCorrection(correctionId, reason,
                OffsetDateTime.now(clock), lead.login(), lead.name());
        SectionDecisionRecord.flush(); // withdrawn first: the round may come to the same decision again
        timeline.record(application.id, section.id, "lead-center:" + lead.login(), "DECISION_REOPENED", "Round "
                + section.round + ": " + withdrawn.stream().map(record -> record.decision.name()).toList()
                + " withdrawn to take up a late correction: " + reason, Particulars.round(section.round)
                        .because(reason), null);
        if (withdrawn.stream().anyMatch(record -> record.decision == SectionDecision.ACCEPTED)) {
            opinions.withdraw(section, reason);
            filings.withdraw(application, reason);
        }
        if (withdrawn.stream().anyMatch(record -> record.decision == SectionDecision.RECTIFICATION_REQUIRED)) {
            deadline.resume(application, section.id, ClockPause.Kind.RECTIFICATION);
        }
        decideIfRoundComplete(section);
    }

    /** Whether the lead center signs each decision, and until when before the system does. */
    private Section.Signature signature() {
        if (autoSignAfter.isPresent() && autoSignAfter.get() == 0) {
            return Section.Signature.NOT_REQUIRED;
        }
        return new Section.Signature(true, () -> autoSignAfter.map(days -> {
            try {
                return stageClock.calendar().plusWorkingDays(stageClock.today(), days);
            } catch (CalendarYearNotLoadedException e) {
                return null;
            }
        }).orElse(null));
    }

    /** What follows a held or taken decision: the timeline, the announcement, the clock, the opinion and filing. */
    private void concluded(Section section, Section.RoundOutcome outcome) {
        Application application = section.application;
        if (outcome instanceof Section.HeldForMaterial) {
            timeline.record(application.id, section.id, "system", "DECISION_HELD", "Round " + section.round
                    + ": every department concluded; waiting for the owed " + OwedMaterial.ofApplication(
                            application.id).stream().filter(material -> material.suppliedOn == null)
                            .map(material -> material.type + " (promised by " + material.promisedBy + ")").toList(),
                    Particulars.round(section.round), null);
        } else if (outcome instanceof Section.Decided decided) {
            SectionDecision decision = decided.decision().decision;
            announce(decided.decision());
            if (decision == SectionDecision.RECTIFICATION_REQUIRED) {
                deadline.pause(application, section.id, ClockPause.Kind.RECTIFICATION);
            }
            Optional<FilingService.Due> filing = decision == SectionDecision.ACCEPTED ? filings.due(application)
                    : Optional.empty();
            deadline.tell(application, "section " + section.name + ": " + decision);
            if (decision == SectionDecision.ACCEPTED) {
                opinions.issue(section); // last but the filing: the opinions' chain is held from here to the commit
                filing.ifPresent(filings::issue);
            }
        }
    }

    /** Decides the sections that were held for a material the application owed, now that nothing is owed. */
    void decideHeldSections(@Observes OwedMaterials.AllSupplied supplied) {
        supplied.application().sections.forEach(this::decideIfRoundComplete);
    }

    /** Rejects a section whose rectification notice went unanswered past its deadline, and restarts its clock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rejectUnrectified(Section section) {
        announce(section.rejectUnrectified(stageClock.today(), OffsetDateTime.now(clock)));
        deadline.resume(section.application, section.id, ClockPause.Kind.RECTIFICATION);
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
                    Particulars.round(section.round).about(String.valueOf(e.year())), null);
            return null;
        }
    }

    /** Announces the section's decision and puts it on the record. */
    private void announce(SectionDecisionRecord record) {
        Section section = record.section;
        Application application = section.application;
        LocalDate rectifyBy = record.decision == SectionDecision.RECTIFICATION_REQUIRED ? section.rectifyBy : null;
        boolean provisional = stageClock.isProvisional(rectifyBy);
        timeline.announce(application.id, section.id, "system", "SECTION_" + record.decision, "Round "
                + record.round + (rectifyBy != null ? ", rectify by " + rectifyBy + (provisional ? " (provisional)" : "")
                        : "") + (record.reasons.isEmpty() ? "" : ": " + String.join("; ", record.reasons)),
                Particulars.round(record.round).on(rectifyBy), new SectionDecided(application.id, section.id, section.name, record.round, record.decision,
                        application.project.name, application.applicant.toEvent(),
                        record.findings.stream().map(NoticeFinding::toEvent).toList(), record.reasons,
                        rectifyBy, provisional, record.signedByName));
        LOG.infof("Section '%s' decided in round %d: %s", section.name, record.round, record.decision);
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
                    "RESULT_REFUSED", reason,
                    Particulars.of(result.department(), result.round()), envelope.id());
        }
    }
}
