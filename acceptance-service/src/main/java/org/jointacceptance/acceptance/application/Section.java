package org.jointacceptance.acceptance.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointacceptance.messaging.Readable;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.acceptance.SectionDecision;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.jointacceptance.problem.ProblemException;
import org.jointacceptance.problem.ProblemWords;

/**
 * A part of the project that is accepted, and may be put into use, on its own. It decides its own life: which
 * departments inspect it in which round, whether a result counts, what a complete round decides, and what a
 * rectification, a reopening or a lapsed notice does. Each step changes the section and says what happened; the
 * services around it load it, tell it the day, and announce what it says.
 */
@Entity
public class Section extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    public int position;

    public String name;

    /** The registered project's section this one applies for, by its name; from the first submission on. */
    @Column(name = "project_section_id")
    public UUID projectSectionId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> buildings = new ArrayList<>();

    @Column(name = "floor_area_m2")
    public BigDecimal floorArea;

    @Enumerated(EnumType.STRING)
    public SectionStatus status;

    /** The current inspection round: 1, then one more after each rectification. */
    public int round;

    /** The last round allowed, when a coordinator reopened the section; otherwise the city's limit applies. */
    @Column(name = "round_limit")
    public Integer roundLimit;

    /** While the section awaits rectification: the last day the applicant may answer the notice. */
    @Column(name = "rectify_by")
    public LocalDate rectifyBy;

    /** While the round's consolidated decision waits for the lead center's signature: since when. */
    @Column(name = "awaiting_signature_since")
    public OffsetDateTime awaitingSignatureSince;

    /** While it waits: the last day the lead may sign before the system does; null when the system never does. */
    @Column(name = "sign_by")
    public LocalDate signBy;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("round, department")
    public List<SectionInspection> inspections = new ArrayList<>();

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL)
    @OrderBy("round, decidedAt")
    public List<SectionDecisionRecord> decisions = new ArrayList<>();

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL)
    @OrderBy("round")
    public List<Rectification> rectifications = new ArrayList<>();

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL)
    @OrderBy("receivedAt")
    public List<LateCorrection> lateCorrections = new ArrayList<>();

    /** A new section of a draft: nothing is asked until the window accepts the application. */
    public static Section draft(Application application, int position, String name, List<String> buildings,
            BigDecimal floorArea) {
        Section section = new Section();
        section.id = UUID.randomUUID();
        section.application = application;
        section.position = position;
        section.describe(name, buildings, floorArea);
        section.status = SectionStatus.AWAITING_INTAKE;
        section.round = 1;
        return section;
    }

    /** The application's section, locked for a change; 404 when the application has no such section. */
    public static Section lockedIn(UUID applicationId, UUID sectionId) {
        Section section = findById(sectionId, LockModeType.PESSIMISTIC_WRITE);
        if (section == null || !section.application.id.equals(applicationId)) {
            throw ProblemException.notFound("section", sectionId);
        }
        return section;
    }

    /** What the firm says the section is, while its application is a draft. */
    public void describe(String newName, List<String> newBuildings, BigDecimal newFloorArea) {
        name = newName;
        buildings = new ArrayList<>(newBuildings);
        floorArea = newFloorArea;
    }

    public Optional<SectionInspection> inspection(String department, int inRound) {
        return inspections.stream()
                .filter(inspection -> inspection.round == inRound && inspection.department.equals(department))
                .findFirst();
    }

    public List<SectionInspection> inspectionsOfRound(int inRound) {
        return inspections.stream().filter(inspection -> inspection.round == inRound).toList();
    }

    /** The notice of the current round: its decision, or the rejection that repeated its findings; null if none. */
    public SectionDecisionRecord notice() {
        SectionDecisionRecord latest = null;
        for (SectionDecisionRecord decision : decisions) {
            if (decision.round == round && decision.standing()) {
                latest = decision;
            }
        }
        return latest;
    }

    /** The window accepted the application: each routed department, in its mode, is asked to inspect round 1. */
    public List<SectionInspection> open(Map<String, InspectionMode> departments, LocalDate today, LocalDate dueDate) {
        requireStatus(SectionStatus.AWAITING_INTAKE);
        status = SectionStatus.IN_INSPECTION;
        departments.forEach((department, mode) -> ask(department, mode, today, dueDate));
        return inspectionsOfRound(round);
    }

    /** What became of a department's result. */
    public sealed interface ResultOutcome {
    }

    /** The result counts: the department's cell of the round holds it. */
    public record Recorded(SectionInspection inspection) implements ResultOutcome {
    }

    /** The same conclusion delivered again: nothing changes. */
    public record Repeated() implements ResultOutcome {
    }

    /** The result does not count, for this reason; it is kept on record, never applied. */
    public record Refused(String reason) implements ResultOutcome {
    }

    /** A correction taken before the round's decision: the department's cell holds the corrected result. */
    public record Corrected(SectionInspection inspection) implements ResultOutcome {
    }

    /** A correction that came once the round was decided: the decision stands; the lead center decides. */
    public record CorrectedAfterDecision(SectionInspection inspection, SectionDecisionRecord decision)
            implements ResultOutcome {
    }

    /**
     * Takes a department's result: only for the current round, from a department asked and not withdrawn, once per
     * round; while the section is inspected and its application runs. A correction replaces the result it corrects
     * while the round is undecided.
     */
    public ResultOutcome record(InspectionResultSubmitted result) {
        if (application.status == ApplicationStatus.TERMINATED) {
            return new Refused("the application was terminated: " + application.terminatedReason);
        }
        if (result.corrects() != null) {
            return correct(result);
        }
        if (status != SectionStatus.IN_INSPECTION) {
            return new Refused("the section is " + status + ", not in inspection");
        }
        if (result.round() != round) {
            return new Refused("round " + result.round() + " is not the section's current round " + round);
        }
        SectionInspection inspection = inspection(result.department(), round).orElse(null);
        if (inspection == null) {
            return new Refused("department " + result.department() + " was not asked to inspect this section");
        }
        if (inspection.state == InspectionState.WITHDRAWN) {
            return new Refused("department " + result.department() + " was withdrawn from this section");
        }
        if (inspection.state.concluded()) {
            return result.inspectionId().equals(inspection.inspectionId) ? new Repeated()
                    : new Refused("the department already concluded this round with inspection "
                            + inspection.inspectionId);
        }
        hold(inspection, result);
        return new Recorded(inspection);
    }

    /**
     * A department's correction of its concluded result: it replaces the result while the round is undecided;
     * afterwards the round's decision stands.
     */
    private ResultOutcome correct(InspectionResultSubmitted correction) {
        SectionInspection inspection = inspection(correction.department(), correction.round()).orElse(null);
        if (inspection == null || !inspection.state.concluded()
                || !correction.inspectionId().equals(inspection.inspectionId)) {
            return new Refused("the correction names no result of " + correction.department() + " in round "
                    + correction.round() + " of this section");
        }
        Optional<SectionDecisionRecord> decided = decisions.stream()
                .filter(decision -> decision.round == correction.round() && decision.standing()).findFirst();
        if (decided.isPresent()) {
            return new CorrectedAfterDecision(inspection, decided.get());
        }
        hold(inspection, correction);
        return new Corrected(inspection);
    }

    private static void hold(SectionInspection inspection, InspectionResultSubmitted result) {
        inspection.hold(result.result(), result.inspectionId(), result.inspector(), result.inspectorName(),
                Boolean.TRUE.equals(result.passedOnFiling()), result.inspectedOn(), result.reason(),
                result.findings().stream().map(InspectionFinding::of).toList());
    }

    /** What a round came to when asked to decide. */
    public sealed interface RoundOutcome {
    }

    /** Nothing to decide: a department is still awaited or asked, or the round is already decided. */
    public record StillOpen() implements RoundOutcome {
    }

    /** Every department passed, but the application owes a material: the decision waits for it. */
    public record HeldForMaterial() implements RoundOutcome {
    }

    /** The round's consolidated decision waits for the lead center's signature. */
    public record AwaitingSignature(Consolidated consolidated) implements RoundOutcome {
    }

    /** The round's one decision. */
    public record Decided(SectionDecisionRecord decision) implements RoundOutcome {
    }

    /**
     * Whether a complete round's decision waits for the lead center's signature, and the day after which the system
     * signs it ({@code signBy}; null: only the lead signs it).
     */
    public record Signature(boolean required, Supplier<LocalDate> signBy) {

        /** A city whose lead center does not sign each decision: the round is decided as soon as it is complete. */
        public static final Signature NOT_REQUIRED = new Signature(false, () -> null);
    }

    /** What the departments' results of the round come to: the decision, its findings and why it rejects. */
    public record Consolidated(SectionDecision decision, List<NoticeFinding> findings, List<String> reasons) {
    }

    /**
     * The round's results consolidated. Every finding of a failing department goes into the decision; a finding
     * that cannot be rectified, or a failure in the last round allowed, rejects the section; other failures give a
     * rectification notice; a section every department passed is accepted.
     */
    public Consolidated consolidate(int cityRoundLimit) {
        List<NoticeFinding> findings = findingsOfRound();
        List<String> reasons = new ArrayList<>();
        findings.stream().filter(finding -> !finding.rectifiable()).forEach(finding -> reasons
                .add("Not rectifiable (" + finding.department() + "): " + finding.description()));
        int limit = roundLimit == null ? cityRoundLimit : roundLimit;
        if (!findings.isEmpty() && reasons.isEmpty() && round >= limit) {
            reasons.add("Still failing after " + round + " rounds; the limit is " + limit);
        }
        SectionDecision decision = findings.isEmpty() ? SectionDecision.ACCEPTED
                : reasons.isEmpty() ? SectionDecision.RECTIFICATION_REQUIRED : SectionDecision.REJECTED;
        return new Consolidated(decision, findings, reasons);
    }

    /**
     * Decides the round once no department of it is still awaited ({@link #consolidate}); a rectification notice is
     * answerable until {@code noticeDeadline} (null while it cannot be counted yet). A section every department
     * passed is held while a material is owed. Where the lead center signs, the decision waits for its signature.
     */
    public RoundOutcome decideIfRoundComplete(BooleanSupplier materialOwed, int cityRoundLimit, Signature signature,
            Supplier<LocalDate> noticeDeadline, OffsetDateTime now) {
        if ((status != SectionStatus.IN_INSPECTION && status != SectionStatus.AWAITING_MATERIAL)
                || !inspectionsOfRound(round).stream().allMatch(SectionInspection::settled)) {
            return new StillOpen();
        }
        Consolidated consolidated = consolidate(cityRoundLimit);
        if (consolidated.decision() == SectionDecision.ACCEPTED && materialOwed.getAsBoolean()) {
            if (status == SectionStatus.AWAITING_MATERIAL) {
                return new StillOpen();
            }
            status = SectionStatus.AWAITING_MATERIAL;
            return new HeldForMaterial();
        }
        if (signature.required()) {
            status = SectionStatus.AWAITING_SIGNATURE;
            awaitingSignatureSince = now;
            signBy = signature.signBy().get();
            return new AwaitingSignature(consolidated);
        }
        return new Decided(conclude(consolidated, noticeDeadline, now, null, null));
    }

    /**
     * The lead center signs the round's decision as {@code seen} in its queue ({@code signer} by login and name;
     * both null when the system signs it once the lead's days are past). The departments' results decide it; one
     * corrected since the lead looked may have changed it, and then the lead signs what it is now. A section the
     * signed decision would accept while a material is owed is held for it, and signed again once supplied.
     */
    public RoundOutcome sign(SectionDecision seen, String signer, String signerName, BooleanSupplier materialOwed,
            int cityRoundLimit, Supplier<LocalDate> noticeDeadline, OffsetDateTime now) {
        if (status != SectionStatus.AWAITING_SIGNATURE) {
            throw ProblemException.conflict("not-awaiting-signature", name, status);
        }
        if (application.status == ApplicationStatus.TERMINATED) {
            throw ProblemException.worded("application-closed", "application-closed.terminated", 409);
        }
        Consolidated consolidated = consolidate(cityRoundLimit);
        if (seen != null && seen != consolidated.decision()) {
            throw ProblemException.conflict("decision-changed", name, seen, consolidated.decision());
        }
        awaitingSignatureSince = null;
        signBy = null;
        if (consolidated.decision() == SectionDecision.ACCEPTED && materialOwed.getAsBoolean()) {
            status = SectionStatus.AWAITING_MATERIAL;
            return new HeldForMaterial();
        }
        return new Decided(conclude(consolidated, noticeDeadline, now, signer, signerName));
    }

    /**
     * The lead center returns the round's decision, before signing it, to {@code department} with a question about
     * its result: the section is inspected again until the department answers or corrects its result. Returns the
     * department's cell.
     */
    public SectionInspection question(String department, String text) {
        if (status != SectionStatus.AWAITING_SIGNATURE) {
            throw ProblemException.conflict("not-awaiting-signature", name, status);
        }
        SectionInspection asked = inspection(department, round).filter(cell -> cell.state.concluded())
                .orElseThrow(() -> ProblemException.conflict("department-without-result", named(department), round));
        asked.question = text;
        asked.answer = null;
        status = SectionStatus.IN_INSPECTION;
        awaitingSignatureSince = null;
        signBy = null;
        return asked;
    }

    /**
     * The department answers the lead center's question about its result of {@code inRound}, standing by it; returns
     * whether there was a question to answer (a repeated answer, one for another round or of a terminated
     * application changes nothing).
     */
    public boolean answer(String department, int inRound, String text) {
        SectionInspection asked = inspection(department, inRound).orElse(null);
        if (application.status == ApplicationStatus.TERMINATED || inRound != round || asked == null
                || asked.question == null) {
            return false;
        }
        asked.question = null;
        asked.answer = text;
        return true;
    }

    private SectionDecisionRecord conclude(Consolidated consolidated, Supplier<LocalDate> noticeDeadline,
            OffsetDateTime now, String signer, String signerName) {
        rectifyBy = consolidated.decision() == SectionDecision.RECTIFICATION_REQUIRED ? noticeDeadline.get() : null;
        SectionDecisionRecord record = decide(consolidated.decision(), consolidated.findings(), consolidated.reasons(),
                now);
        record.signedBy = signer;
        record.signedByName = signerName;
        return record;
    }

    /** Keeps a correction that came after its round was decided for the lead center to settle. */
    public LateCorrection holdForLead(InspectionResultSubmitted correction, OffsetDateTime now) {
        LateCorrection late = LateCorrection.of(this, correction, now);
        lateCorrections.add(late);
        return late;
    }

    /**
     * The lead center takes up a late correction: the department's result of the round becomes the corrected one,
     * the round's standing decisions are withdrawn with {@code reason} (returned), and the round is open to be
     * decided again. Refused once the section has moved on to another round, or its application was terminated.
     */
    public List<SectionDecisionRecord> reopenOnCorrection(UUID correctionId, String reason, OffsetDateTime now,
            String lead, String leadName) {
        LateCorrection correction = unsettled(correctionId);
        boolean decided = status == SectionStatus.ACCEPTED || status == SectionStatus.REJECTED
                || status == SectionStatus.RECTIFICATION_REQUIRED;
        if (correction.round != round || !decided) {
            throw ProblemException.conflict("late-correction-overtaken", name, correction.round, status);
        }
        correction.applyTo(inspection(correction.department, round).orElseThrow());
        List<SectionDecisionRecord> withdrawn = decisions.stream()
                .filter(record -> record.round == round && record.standing()).toList();
        withdrawn.forEach(record -> {
            record.withdrawnAt = now;
            record.withdrawnReason = reason;
        });
        correction.settle(LateCorrection.Settlement.REOPENED, reason, lead, leadName, now);
        status = SectionStatus.IN_INSPECTION;
        rectifyBy = null;
        application.updateStatusFromSections();
        return withdrawn;
    }

    /** The lead center lets the round's decision stand despite the late correction, saying why. */
    public LateCorrection letStand(UUID correctionId, String reason, OffsetDateTime now, String lead,
            String leadName) {
        LateCorrection correction = unsettled(correctionId);
        correction.settle(LateCorrection.Settlement.STANDS, reason, lead, leadName, now);
        return correction;
    }

    private LateCorrection unsettled(UUID correctionId) {
        if (application.status == ApplicationStatus.TERMINATED) {
            throw ProblemException.worded("application-closed", "application-closed.terminated", 409);
        }
        LateCorrection correction = lateCorrections.stream().filter(late -> late.id.equals(correctionId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("late-correction", correctionId));
        if (correction.settlement != null) {
            throw ProblemException.conflict("late-correction-settled", correction.settlement);
        }
        return correction;
    }

    /**
     * Rejects the section whose notice was not answered by its deadline. The rejection repeats the notice's
     * findings, so that a coordinator who reopens the section reopens that notice.
     */
    public SectionDecisionRecord rejectUnrectified(LocalDate today, OffsetDateTime now) {
        if (!noticeLapsed(today)) {
            throw new IllegalStateException("Section " + id + " has no lapsed rectification notice");
        }
        String reason = "No rectification was submitted by " + rectifyBy + ", the notice's deadline";
        return decide(SectionDecision.REJECTED, notice().findings, List.of(reason), now);
    }

    /** Whether the section awaits a rectification whose deadline has passed. */
    public boolean noticeLapsed(LocalDate today) {
        return status == SectionStatus.RECTIFICATION_REQUIRED && rectifyBy != null && today.isAfter(rectifyBy);
    }

    /** The applicant's answer to one finding of the notice, numbered from 0, with the evidence's digests. */
    public record Answer(int finding, String answer, List<String> evidence) {
    }

    /** What a rectification opened: the next round, asked of the departments that failed the last. */
    public record Rectified(Rectification rectification, List<SectionInspection> reinspections) {

        public List<String> departments() {
            return reinspections.stream().map(inspection -> inspection.department).toList();
        }

        /** The answers to the findings this department made, for its inspectors to check. */
        public List<Rectification.Answer> answersFor(String department) {
            return rectification.answers.stream().filter(answered -> answered.department().equals(department))
                    .map(Rectification.AnsweredFinding::finding).toList();
        }
    }

    /**
     * Answers the notice and opens the next round: every finding answered once, by the deadline. Only the
     * departments that failed the section inspect again, by {@code dueDate}; those that passed keep their pass.
     * {@code evidence} turns digests into the uploaded files they name, or refuses ones never uploaded.
     */
    public Rectified rectify(List<Answer> answers, Function<List<String>, List<EvidenceFile>> evidence,
            LocalDate today, LocalDate dueDate, OffsetDateTime now) {
        if (status != SectionStatus.RECTIFICATION_REQUIRED) {
            throw ProblemException.conflict("not-awaiting-rectification", name, status);
        }
        if (noticeLapsed(today)) {
            throw ProblemException.conflict("rectification-deadline-missed", name, rectifyBy);
        }
        List<NoticeFinding> findings = notice().findings;
        checkEveryFindingAnsweredOnce(answers, findings.size());

        Rectification rectification = new Rectification();
        rectification.id = UUID.randomUUID();
        rectification.section = this;
        rectification.round = round;
        rectification.submittedAt = now;
        for (Answer answer : answers) {
            NoticeFinding finding = findings.get(answer.finding());
            rectification.answers.add(new Rectification.AnsweredFinding(finding.department(), new Rectification.Answer(
                    round, finding.item(), finding.itemZh(), finding.description(), finding.requiredAction(),
                    answer.answer(), answer.evidence() == null ? List.of() : evidence.apply(answer.evidence()))));
        }
        rectifications.add(rectification);

        Set<String> failed = new LinkedHashSet<>();
        inspectionsOfRound(round).stream().filter(inspection -> inspection.state == InspectionState.FAILED)
                .forEach(inspection -> failed.add(inspection.department));
        int previousRound = round;
        round++;
        status = SectionStatus.IN_INSPECTION;
        rectifyBy = null;
        application.updateStatusFromSections();
        List<SectionInspection> reinspections = failed.stream().map(department -> ask(department,
                inspection(department, previousRound).orElseThrow().mode, today, dueDate)).toList();
        return new Rectified(rectification, reinspections);
    }

    /**
     * Each inspection of the round still awaited takes the due date {@code dueFrom} counts from the day it was asked
     * for, where that is earlier than the one it has (a key project's shorter share); returns those inspections.
     */
    public List<SectionInspection> shortenAwaitedDueDates(Function<LocalDate, LocalDate> dueFrom) {
        List<SectionInspection> awaited = new ArrayList<>();
        for (SectionInspection inspection : inspectionsOfRound(round)) {
            if (inspection.state != InspectionState.REQUESTED || inspection.dueDate == null) {
                continue;
            }
            LocalDate shorter = dueFrom.apply(inspection.requestedOn);
            if (shorter.isBefore(inspection.dueDate)) {
                inspection.moveDueDate(inspection.dueDate, shorter);
            }
            awaited.add(inspection);
        }
        return awaited;
    }

    /**
     * A coordinator adds a department to the current round, or asks again one withdrawn from it. Only while the
     * section is inspected.
     */
    public SectionInspection addDepartment(String department, InspectionMode mode, LocalDate today,
            LocalDate dueDate) {
        requireInInspectionForRouting();
        SectionInspection current = inspection(department, round).orElse(null);
        if (current == null) {
            return ask(department, mode, today, dueDate);
        }
        if (current.state != InspectionState.WITHDRAWN) {
            throw ProblemException.conflict("department-already-routed", named(department), round);
        }
        current.mode = mode;
        current.state = InspectionState.REQUESTED;
        current.dueDate = dueDate;
        current.requestedOn = today;
        return current;
    }

    /** A coordinator takes a department off the current round; it no longer counts. Not once it has concluded. */
    public SectionInspection withdrawDepartment(String department, String reason) {
        requireInInspectionForRouting();
        SectionInspection current = inspection(department, round).orElse(null);
        if (current == null || current.state == InspectionState.WITHDRAWN) {
            throw ProblemException.conflict("department-not-routed", named(department), round);
        }
        if (current.state.concluded()) {
            throw ProblemException.conflict("department-already-concluded", named(department), round,
                    current.state);
        }
        current.state = InspectionState.WITHDRAWN;
        current.reason = reason;
        return current;
    }

    /**
     * A coordinator gives a rejected section one more round: its last findings become a notice to answer again, by
     * {@code rectifyBy}.
     */
    public void reopen(LocalDate newRectifyBy) {
        if (status != SectionStatus.REJECTED) {
            throw ProblemException.conflict("section-not-rejected", name, status);
        }
        if (application.status == ApplicationStatus.TERMINATED) {
            throw ProblemException.worded("application-closed", "application-closed.terminated", 409);
        }
        status = SectionStatus.RECTIFICATION_REQUIRED;
        roundLimit = round + 1;
        rectifyBy = newRectifyBy;
        application.updateStatusFromSections();
    }

    /**
     * The notice's deadline moves (the calendar changed, or it can now be counted); returns whether it did: only a
     * deadline still awaited, and only from the day it was.
     */
    public boolean moveRectificationDeadline(LocalDate from, LocalDate to) {
        if (status != SectionStatus.RECTIFICATION_REQUIRED || !Objects.equals(rectifyBy, from)) {
            return false;
        }
        rectifyBy = to;
        return true;
    }

    private SectionDecisionRecord decide(SectionDecision decision, List<NoticeFinding> findings,
            List<String> reasons, OffsetDateTime now) {
        SectionDecisionRecord record = new SectionDecisionRecord();
        record.id = UUID.randomUUID();
        record.section = this;
        record.round = round;
        record.decision = decision;
        record.findings = new ArrayList<>(findings);
        record.reasons = new ArrayList<>(reasons);
        record.decidedAt = now;
        decisions.add(record);
        status = SectionStatus.valueOf(decision.name());
        application.updateStatusFromSections();
        return record;
    }

    private List<NoticeFinding> findingsOfRound() {
        List<NoticeFinding> findings = new ArrayList<>();
        for (SectionInspection inspection : inspectionsOfRound(round)) {
            if (inspection.state != InspectionState.FAILED) {
                continue;
            }
            if (inspection.findings.isEmpty()) {
                findings.add(new NoticeFinding(inspection.department, null, null,
                        "The department failed the section without itemised findings", true, null));
            }
            for (InspectionFinding finding : inspection.findings) {
                findings.add(new NoticeFinding(inspection.department, finding.item(), finding.itemZh(),
                        finding.description(), finding.rectifiable(), finding.requiredAction()));
            }
        }
        return findings;
    }

    private SectionInspection ask(String department, InspectionMode mode, LocalDate today, LocalDate dueDate) {
        SectionInspection inspection = new SectionInspection();
        inspection.id = UUID.randomUUID();
        inspection.section = this;
        inspection.department = department;
        inspection.round = round;
        inspection.mode = mode;
        inspection.state = InspectionState.REQUESTED;
        inspection.requestedOn = today;
        inspection.dueDate = dueDate;
        inspections.add(inspection);
        return inspection;
    }

    private static void checkEveryFindingAnsweredOnce(List<Answer> answers, int findings) {
        Set<Integer> answered = new HashSet<>();
        for (Answer answer : answers) {
            if (answer.finding() >= findings) {
                throw ProblemException.invalid("unknown-finding", findings, answer.finding());
            }
            if (!answered.add(answer.finding())) {
                throw ProblemException.invalid("finding-answered-twice", answer.finding());
            }
        }
        List<Integer> missing = IntStream.range(0, findings).filter(index -> !answered.contains(index)).boxed()
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("findings-unanswered", missing);
        }
    }

    private void requireInInspectionForRouting() {
        if (status != SectionStatus.IN_INSPECTION) {
            throw ProblemException.conflict("section-not-in-inspection", name, status);
        }
    }

    private void requireStatus(SectionStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Section " + id + " is " + status + ", not " + expected);
        }
    }

    /** A department as a problem names it: by the city's name for it, in the reader's language. */
    private static ProblemWords.Fact named(String department) {
        return language -> Readable.department(department, language.getLanguage().equals("zh") ? Readable.CHINESE
                : Readable.ENGLISH);
    }
}
