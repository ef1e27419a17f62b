package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.filing.CompletionFiling;
import org.jointacceptance.acceptance.opinion.JointOpinion;
import org.jointacceptance.acceptance.project.ProjectSection;
import org.jointacceptance.acceptance.project.ProjectVersion;
import org.jointacceptance.acceptance.project.RegisteredProject;
import org.jointacceptance.acceptance.project.SectionClaim;

/**
 * A registered project's whole life: its attributes at their current {@code version}, the firm that owns it, each
 * section declared on it and where it stands ({@code NOT_APPLIED}, {@code APPLIED} in an application not yet
 * decided, {@code ACCEPTED} with its joint opinion: it may be put into use), each application made for it with its own
 * clock, and the overall filing once every section is accepted ({@code filing}, null before).
 */
public record RegisteredProjectView(UUID id, String code, int version, OffsetDateTime registeredAt, String ownerCreditCode,
        String ownerName, ApplicationView.ProjectView attributes, List<DeclaredSection> sections,
        List<ProjectApplication> applications, FilingView filing) {

    /** Where a declared section stands across the project's applications. */
    public enum Standing {
        NOT_APPLIED,
        APPLIED,
        ACCEPTED
    }

    /**
     * A declared section: where it stands, the opinion it was accepted with (number and day; null before), and each
     * application's section for it, the earliest first.
     */
    public record DeclaredSection(UUID id, int position, String name, OffsetDateTime declaredAt, Standing standing,
            String opinion, LocalDate opinionIssuedOn, List<AppliedSection> applied) {
    }

    /** An application's section for a declared section: the application's number and the section's status there. */
    public record AppliedSection(UUID applicationId, String applicationNumber, UUID sectionId,
            ApplicationStatus applicationStatus, SectionStatus status) {
    }

    /** An application made for the project, each with its own clock: accepted on, due on. */
    public record ProjectApplication(UUID id, String number, ApplicationStatus status, OffsetDateTime submittedAt,
            LocalDate intakeAcceptedOn, LocalDate dueDate, List<String> sections) {
    }

    /**
     * One version of the attributes: on what occasion ({@code REGISTERED}, {@code APPLIED} with an application,
     * {@code CHANGED} by the firm, {@code MIGRATED} from earlier applications), who declared it, when and why.
     */
    public record ProjectVersionView(int version, ProjectVersion.Occasion occasion, OffsetDateTime changedAt,
            String changedBy, String reason, ApplicationView.ProjectView attributes) {

        static ProjectVersionView of(ProjectVersion version) {
            return new ProjectVersionView(version.key.version(), version.occasion, version.changedAt,
                    version.changedBy, version.reason, ApplicationView.ProjectView.of(version.attributes));
        }
    }

    static RegisteredProjectView of(RegisteredProject project, List<SectionClaim> claims) {
        Map<UUID, List<SectionClaim>> bySection = claims.stream()
                .collect(Collectors.groupingBy(SectionClaim::projectSectionId));
        List<DeclaredSection> sections = project.sections.stream()
                .map(section -> declared(section, bySection.getOrDefault(section.id, List.of()))).toList();
        List<ProjectApplication> applications = Application.<Application>list(
                "projectId = ?1 order by submittedAt", project.id).stream()
                .map(application -> new ProjectApplication(application.id, application.number, application.status,
                        application.submittedAt, application.intakeAcceptedOn, application.dueDate,
                        application.sections.stream().map(section -> section.name).toList()))
                .toList();
        CompletionFiling filing = CompletionFiling.ofProject(project.id);
        return new RegisteredProjectView(project.id, project.attributes.code, project.version, project.registeredAt,
                project.ownerCreditCode, project.ownerName, ApplicationView.ProjectView.of(project.attributes),
                sections, applications, filing == null ? null : FilingView.of(filing));
    }

    private static DeclaredSection declared(ProjectSection section, List<SectionClaim> claims) {
        SectionClaim accepted = claims.stream().filter(claim -> claim.hold() == SectionClaim.Hold.ACCEPTED)
                .reduce((first, second) -> second).orElse(null);
        Standing standing = accepted != null ? Standing.ACCEPTED
                : claims.stream().anyMatch(claim -> claim.hold() == SectionClaim.Hold.OPEN) ? Standing.APPLIED
                        : Standing.NOT_APPLIED;
        JointOpinion opinion = accepted == null ? null : JointOpinion.currentOf(accepted.sectionId());
        return new DeclaredSection(section.id, section.position, section.name, section.declaredAt, standing,
                opinion == null ? null : opinion.number,
                opinion == null ? null : opinion.issuedAt.atZoneSameInstant(
                        JointStageClock.CHINA).toLocalDate(),
                claims.stream().map(claim -> new AppliedSection(claim.applicationId(), claim.applicationNumber(),
                        claim.sectionId(), claim.applicationStatus(), claim.sectionStatus())).toList());
    }
}
