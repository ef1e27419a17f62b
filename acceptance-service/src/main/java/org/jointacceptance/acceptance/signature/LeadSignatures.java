package org.jointacceptance.acceptance.signature;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.LateCorrection;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.decision.DecisionService;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.access.AuditLog;
import org.jointacceptance.access.Person;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.SectionDecision;

/**
 * The lead center's queue of decisions to sign: each section whose departments all concluded, key projects first,
 * then the longest waiting. The lead signs each, or returns it to a department with a question; where the city
 * allows it, the system signs those the lead left past their working days. A department's correction that came
 * after its round was decided waits for the lead too, who takes it up, deciding the round again, or lets the
 * decision stand.
 */
@ApplicationScoped
public class LeadSignatures {

    private final DecisionService decisions;
    private final JointStageClock stageClock;
    private final Timeline timeline;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxRounds;

    public LeadSignatures(DecisionService decisions, JointStageClock stageClock, Timeline timeline, AuditLog audit,
            Clock clock, @ConfigProperty(name = "acceptance.rectification.max-rounds") int maxRounds) {
        this.decisions = decisions;
        this.stageClock = stageClock;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
        this.maxRounds = maxRounds;
    }

    /** A decision to sign: the section and what its departments' results come to now. */
    public record Awaited(Section section, Section.Consolidated decision) {
    }

    /** The sections whose decision waits for the lead's signature, of applications still running. */
    public List<Awaited> queue() {
        return Section.<Section>list("status = ?1 and application.status <> ?2 order by application.keyProject "
                + "desc, awaitingSignatureSince asc, application.number asc, position asc",
                SectionStatus.AWAITING_SIGNATURE, ApplicationStatus.TERMINATED).stream()
                .map(section -> new Awaited(section, section.consolidate(maxRounds))).toList();
    }

    /** The lead signs the section's decision as {@code seen} in the queue; audited. */
    @Transactional
    public Section sign(UUID applicationId, UUID sectionId, SectionDecision seen, Person lead) {
        Section section = Section.lockedIn(applicationId, sectionId);
        int round = section.round;
        decisions.sign(section, seen, lead);
        audit.record("lead-center:" + lead.login(), "DECISION_SIGNED", "application " + applicationId + ", section "
                + sectionId + ", round " + round + ": " + seen);
        return section;
    }

    /**
     * The lead returns the section's decision, instead of signing it, to {@code department} with a question about its
     * result; announced to the department (ResultQuestioned) and audited.
     */
    @Transactional
    public Section question(UUID applicationId, UUID sectionId, String department, String question, Person lead) {
        Section section = Section.lockedIn(applicationId, sectionId);
        SectionInspection asked = section.question(department, question);
        String actor = "lead-center:" + lead.login();
        timeline.announce(applicationId, sectionId, actor, "DECISION_QUESTIONED", "Round " + section.round
                + ": returned to " + department + " with a question: " + question,
                Particulars.of(department, section.round).because(question), new ResultQuestioned(applicationId,
                        sectionId, section.name, section.application.project.name, department, section.round,
                        asked.inspectionId, question, lead.login(), lead.name()));
        audit.record(actor, "DECISION_QUESTIONED", "application " + applicationId + ", section " + sectionId
                + ", round " + section.round + ", " + department + ": " + question);
        return section;
    }

    /** The departments' corrections that came after their round was decided, not yet settled, the oldest first. */
    public List<LateCorrection> lateCorrections() {
        return LateCorrection.<LateCorrection>list("settlement is null and section.application.status <> ?1 "
                + "order by receivedAt", ApplicationStatus.TERMINATED);
    }

    /**
     * The lead takes up a late correction: the round's decisions are withdrawn, what stood on them with them, and the
     * round decided again with the corrected result (through the queue, where the lead signs); audited.
     */
    @Transactional
    public Section reopen(UUID applicationId, UUID sectionId, UUID correctionId, String reason, Person lead) {
        Section section = Section.lockedIn(applicationId, sectionId);
        decisions.reopenOnCorrection(section, correctionId, reason, lead);
        audit.record("lead-center:" + lead.login(), "DECISION_REOPENED", "application " + applicationId
                + ", section " + sectionId + ", late correction " + correctionId + ": " + reason);
        return section;
    }

    /** The lead lets the decision stand despite a late correction, saying why; on the record and audited. */
    @Transactional
    public Section letStand(UUID applicationId, UUID sectionId, UUID correctionId, String reason, Person lead) {
        Section section = Section.lockedIn(applicationId, sectionId);
        LateCorrection correction = section.letStand(correctionId, reason, OffsetDateTime.now(clock), lead.login(),
                lead.name());
        String actor = "lead-center:" + lead.login();
        timeline.record(applicationId, sectionId, actor, "DECISION_STANDS", "Round " + correction.round + ": the "
                + "decision stands despite " + correction.department + "'s late correction: " + reason,
                Particulars.of(correction.department, correction.round).because(reason), null);
        audit.record(actor, "DECISION_STANDS", "application " + applicationId + ", section " + sectionId
                + ", late correction " + correctionId + ": " + reason);
        return section;
    }

    /**
     * Signs, as the system, each decision the lead left unsigned past its last day; each in its own transaction, so
     * that one cannot hold up the others. Returns how many it signed.
     */
    public int signLapsed() {
        List<UUID> lapsed = QuarkusTransaction.requiringNew().call(() -> Section.<Section>list(
                "status = ?1 and signBy < ?2 and application.status <> ?3", SectionStatus.AWAITING_SIGNATURE,
                stageClock.today(), ApplicationStatus.TERMINATED).stream().map(section -> section.id).toList());
        int signed = 0;
        for (UUID id : lapsed) {
            signed += QuarkusTransaction.requiringNew().call(() -> {
                Section section = Section.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (section.status != SectionStatus.AWAITING_SIGNATURE || section.signBy == null
                        || !stageClock.today().isAfter(section.signBy)) {
                    return 0;
                }
                decisions.sign(section, null, null);
                return 1;
            });
        }
        return signed;
    }
}
