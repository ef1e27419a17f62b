package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jointacceptance.acceptance.application.Application.MissingMaterial;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.InspectionFinding;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.NoticeFinding;
import org.jointacceptance.acceptance.application.Project;
import org.jointacceptance.acceptance.application.Rectification;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.filing.CompletionFiling;
import org.jointacceptance.acceptance.intake.RequiredMaterials;
import org.jointacceptance.acceptance.material.Material;
import org.jointacceptance.acceptance.opinion.JointOpinion;
import org.jointacceptance.acceptance.owed.OwedMaterial;
import org.jointacceptance.acceptance.visit.JointVisit;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.SectionDecision;

/**
 * An application as applicants and coordinators see it: its sections, each department's state and the decisions. A
 * date counted into a year whose official arrangement is not loaded yet is marked provisional ({@code ...Provisional}):
 * it may move when the State Council's notice is loaded. While the application awaits its submission,
 * {@code promisableDays} are the days a non-key material may be promised for if it is submitted today. A key project on
 * the green channel says why it is one ({@code keyProjectReason}). While a window officer reviews it, {@code reviewBy} is
 * the last day they have; after it the window accepts it by itself. {@code project} is the project as declared with
 * this application; {@code projectId} the registered project it is for, from its first submission on.
 */
public record ApplicationView(UUID id, String number, String lookupCode, ApplicationStatus status,
        IntakeOutcome intakeOutcome, String intakeReason,
        OffsetDateTime submittedAt, LocalDate reviewBy, LocalDate intakeAcceptedOn, LocalDate dueDate, boolean dueDateProvisional,
        String calendarVersion, Applicant applicant, ProjectView project, UUID projectId,
        List<RequiredMaterialView> requiredMaterials,
        List<MissingMaterial> missingMaterials, List<LocalDate> promisableDays, List<SectionView> sections,
        String filingNumber, boolean keyProject, String keyProjectReason) {

    /** Whether a material the window requires is there, still owed (and by when), or not yet supplied. */
    public enum MaterialState {
        SUPPLIED,
        OWED,
        NOT_SUPPLIED
    }

    /** A kind of material the window requires of this application, and where it stands. */
    public record RequiredMaterialView(String type, String name, String nameZh, boolean key, List<String> departments,
            MaterialState state, LocalDate promisedBy, LocalDate suppliedOn) {
    }

    /** The project's attributes as declared. */
    public record ProjectView(String code, String name, String address, String district, String use,
            java.math.BigDecimal height, int floorsAboveGround, int floorsBelowGround,
            java.math.BigDecimal grossFloorArea, String fireCategory, boolean civilAirDefenseWorks,
            java.math.BigDecimal civilAirDefenseArea, boolean lightningProtectionRequired) {

        static ProjectView of(Project project) {
            return new ProjectView(project.code, project.name, project.address, project.district, project.use,
                    project.height, project.floorsAboveGround, project.floorsBelowGround, project.grossFloorArea,
                    project.fireCategory.name(), project.civilAirDefenseWorks, project.civilAirDefenseArea,
                    project.lightningProtectionRequired);
        }
    }

    /**
     * One section: its current round, each department's inspection, and the decisions taken so far; while its
     * decision waits for the lead center's signature, since when and the day after which the system signs it; the
     * joint site visit of its current round as last proposed (null when none was).
     */
    public record SectionView(UUID id, String name, List<String> buildings, java.math.BigDecimal floorArea,
            SectionStatus status, int round, LocalDate rectifyBy, boolean rectifyByProvisional,
            OffsetDateTime awaitingSignatureSince, LocalDate signBy, List<InspectionView> inspections, List<DecisionView> decisions,
            List<RectificationView> rectifications, OpinionReference opinion, JointVisitView jointVisit) {
    }

    /** The applicant's answers to the notice of one round. */
    public record RectificationView(int round, List<Rectification.AnsweredFinding> answers, OffsetDateTime submittedAt) {
    }

    /** The number and digest of the section's joint acceptance opinion. */
    public record OpinionReference(String number, String digest) {
    }

    /** One department's inspection of the section in one round. */
    public record InspectionView(String department, int round, InspectionMode mode, InspectionState state,
            LocalDate dueDate, boolean dueDateProvisional, String inspector, LocalDate inspectedOn, String reason,
            List<InspectionFinding> findings) {
    }

    /**
     * The decision at the end of a round; a rectification notice lists every finding of every department. Signed
     * by the lead center's {@code signedBy} (the name people read); null: by the system. Withdrawn (when and why) if
     * the lead center decided the round again on a department's late correction.
     */
    public record DecisionView(int round, SectionDecision decision, List<NoticeFinding> findings,
            List<String> reasons, OffsetDateTime decidedAt, String signedBy, OffsetDateTime withdrawnAt,
            String withdrawnReason) {
    }

    public static ApplicationView of(Application application, List<RequiredMaterials.Requirement> required,
            List<LocalDate> promisableDays, WorkingCalendar calendar) {
        return new ApplicationView(application.id, application.number, application.lookupCode, application.status,
                application.intakeOutcome, application.intakeReason, application.submittedAt, application.reviewBy,
                application.intakeAcceptedOn, application.dueDate, provisional(calendar, application.dueDate),
                application.calendarVersion, application.applicant.toEvent(), ProjectView.of(application.project),
                application.projectId,
                requiredMaterials(application, required), List.copyOf(application.missingMaterials), promisableDays,
                application.sections.stream().map(section -> section(section, calendar)).toList(),
                Optional.ofNullable(CompletionFiling.of(application)).map(filing -> filing.number)
                        .orElse(null), application.keyProject, application.keyProjectReason);
    }

    private static List<RequiredMaterialView> requiredMaterials(Application application,
            List<RequiredMaterials.Requirement> required) {
        Set<String> supplied = Material.suppliedTypes(application.id,
                file -> application.returned(file.type, file.sha256));
        Map<String, OwedMaterial> owed = OwedMaterial.ofApplication(application.id).stream()
                .collect(Collectors.toMap(material -> material.type, material -> material));
        return required.stream().map(requirement -> {
            OwedMaterial promise = owed.get(requirement.type());
            MaterialState state = promise != null && promise.suppliedOn == null ? MaterialState.OWED
                    : supplied.contains(requirement.type()) ? MaterialState.SUPPLIED : MaterialState.NOT_SUPPLIED;
            return new RequiredMaterialView(requirement.type(), requirement.name(), requirement.nameZh(),
                    requirement.key(), requirement.departments(), state, promise == null ? null : promise.promisedBy,
                    promise == null ? null : promise.suppliedOn);
        }).toList();
    }

    /** Whether the date may still move when a year's arrangement is loaded. */
    static boolean provisional(WorkingCalendar calendar, LocalDate date) {
        return date != null && calendar.isProvisional(date);
    }

    private static SectionView section(Section section, WorkingCalendar calendar) {
        List<InspectionView> inspections = section.inspections.stream()
                .map(inspection -> inspection(inspection, calendar)).toList();
        List<DecisionView> decisions = section.decisions.stream()
                .map(decision -> new DecisionView(decision.round, decision.decision, decision.findings,
                        decision.reasons, decision.decidedAt, decision.signedByName, decision.withdrawnAt,
                        decision.withdrawnReason))
                .toList();
        List<RectificationView> rectifications = section.rectifications.stream()
                .map(rectification -> new RectificationView(rectification.round, rectification.answers,
                        rectification.submittedAt))
                .toList();
        OpinionReference opinion = Optional.ofNullable(JointOpinion.currentOf(section.id))
                .map(issued -> new OpinionReference(issued.number, issued.digest)).orElse(null);
        return new SectionView(section.id, section.name, List.copyOf(section.buildings), section.floorArea,
                section.status, section.round, section.rectifyBy, provisional(calendar, section.rectifyBy),
                section.awaitingSignatureSince, section.signBy, inspections, decisions, rectifications, opinion,
                JointVisitView.of(JointVisit.currentOf(section.id, section.round)));
    }

    private static InspectionView inspection(SectionInspection inspection, WorkingCalendar calendar) {
        return new InspectionView(inspection.department, inspection.round, inspection.mode, inspection.state,
                inspection.dueDate, provisional(calendar, inspection.dueDate), inspection.inspector, inspection.inspectedOn, inspection.reason,
                List.copyOf(inspection.findings));
    }
}
