package org.jointacceptance.acceptance.project;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.Project;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.access.AuditLog;
import org.jointacceptance.problem.ProblemException;

/**
 * The city's registered projects: registered once by their code, their attributes versioned, their sections
 * declared; each section applied for by one application at a time, and never again once accepted.
 */
@ApplicationScoped
public class ProjectRegistry {

    /** The first key of the transaction locks taken on a project code; the second is the code's hash. */
    private static final int PROJECT_LOCK = 23;

    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    public ProjectRegistry(EntityManager entityManager, AuditLog audit, Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** The firm registers a project, declaring its sections; refused when the code is registered already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegisteredProject register(Project attributes, List<String> sectionNames, String creditCode,
            String firmName) {
        requireDistinct(sectionNames);
        lock(attributes.code);
        if (RegisteredProject.withCode(attributes.code).isPresent()) {
            throw ProblemException.conflict("project-registered", attributes.code);
        }
        return registered(attributes, sectionNames, creditCode, firmName, ProjectVersion.Occasion.REGISTERED,
                "Registered");
    }

    /** The firm declares the project's attributes again, saying why: a change becomes the next version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegisteredProject change(RegisteredProject project, Project attributes, String creditCode,
            String reason) {
        lock(project.attributes.code);
        if (project.change(attributes)) {
            ProjectVersion.of(project, ProjectVersion.Occasion.CHANGED, OffsetDateTime.now(clock),
                    applicant(creditCode), reason).persist();
            audit.record(applicant(creditCode), "PROJECT_CHANGED", "project " + project.attributes.code + ", version "
                    + project.version + ": " + reason);
        }
        return project;
    }

    /** The firm declares one more section of the project, to be applied for when finished. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectSection declare(RegisteredProject project, String name) {
        lock(project.attributes.code);
        ProjectSection section = project.declare(name, OffsetDateTime.now(clock));
        section.persist();
        return section;
    }

    /**
     * Before a draft is kept: where its project code is registered, it is the firm's, and none of the sections it
     * names is open in another application or accepted. Submission checks again, for good.
     */
    public void check(Application draft) {
        requireDistinctNames(draft);
        RegisteredProject.withCode(draft.project.code).ifPresent(project -> {
            project.requireOwner(draft.applicant.creditCode);
            requireFree(project, draft, draft.sections.stream()
                    .map(section -> project.section(section.name).map(declared -> declared.id))
                    .flatMap(Optional::stream).toList());
        });
    }

    /**
     * The application is submitted: its project is registered with it (or, registered, is the firm's and takes the
     * attributes it declares as the next version when they changed), each of its sections is the project's section of
     * its name (declared now if it was not), and none may be open in another application or accepted already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegisteredProject enrol(Application application) {
        Project declared = application.project;
        String firm = application.applicant.creditCode;
        lock(declared.code);
        List<String> names = requireDistinctNames(application);
        RegisteredProject project = RegisteredProject.withCode(declared.code).orElse(null);
        if (project == null) {
            project = registered(declared, names, firm, application.applicant.name, ProjectVersion.Occasion.APPLIED,
                    "Registered with its first application");
        } else {
            project.requireOwner(firm);
            if (project.change(declared)) {
                ProjectVersion.of(project, ProjectVersion.Occasion.APPLIED, OffsetDateTime.now(clock),
                        applicant(firm), "As declared in application " + application.id).persist();
            }
        }
        for (Section section : application.sections) {
            RegisteredProject owner = project;
            section.projectSectionId = project.section(section.name)
                    .orElseGet(() -> declare(owner, section.name)).id;
        }
        application.projectId = project.id;
        requireFree(project, application, application.sections.stream().map(section -> section.projectSectionId)
                .toList());
        return project;
    }

    /**
     * Before a rejected section is reopened in its application: refused when another application has applied for the
     * project's section since, or had it accepted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireFree(Section section) {
        Application application = section.application;
        if (application.projectId == null) {
            return;
        }
        RegisteredProject project = RegisteredProject.findById(application.projectId);
        lock(project.attributes.code);
        requireFree(project, application, List.of(section.projectSectionId));
    }

    /** Every application's section for the project's sections, as committed now. */
    public List<SectionClaim> claims(RegisteredProject project) {
        return SectionClaim.of(entityManager, project.id);
    }

    /**
     * Takes the project's lock until the transaction ends: what is decided about a project (whether a section is
     * free, whether every section is accepted) is decided one transaction at a time, on what the earlier committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String code) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:kind, hashtext(:code))")
                .setParameter("kind", PROJECT_LOCK).setParameter("code", code).getSingleResult();
    }

    /** An application names each section of the project once; returns the names. */
    private static List<String> requireDistinctNames(Application application) {
        return requireDistinct(application.sections.stream().map(section -> section.name).toList());
    }

    private static List<String> requireDistinct(List<String> names) {
        names.stream().filter(name -> names.indexOf(name) != names.lastIndexOf(name)).findFirst().ifPresent(name -> {
            throw ProblemException.invalid("section-named-twice", name);
        });
        return names;
    }

    /** Refuses sections of the project that another application holds: open in it, or accepted. */
    private void requireFree(RegisteredProject project, Application application, List<UUID> sections) {
        Map<UUID, List<SectionClaim>> held = claims(project).stream()
                .filter(claim -> !claim.applicationId().equals(application.id))
                .filter(claim -> claim.hold() != SectionClaim.Hold.NONE)
                .collect(Collectors.groupingBy(SectionClaim::projectSectionId));
        for (UUID section : sections) {
            for (SectionClaim claim : held.getOrDefault(section, List.of())) {
                String name = project.sections.stream().filter(declared -> declared.id.equals(section)).findFirst()
                        .orElseThrow().name;
                String other = claim.applicationNumber() != null ? claim.applicationNumber()
                        : claim.applicationId().toString();
                throw claim.hold() == SectionClaim.Hold.ACCEPTED
                        ? ProblemException.conflict("section-accepted", name, other)
                        : ProblemException.conflict("section-applied-for", name, other);
            }
        }
    }

    private RegisteredProject registered(Project attributes, List<String> sectionNames, String creditCode,
            String firmName, ProjectVersion.Occasion occasion, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        RegisteredProject project = RegisteredProject.register(attributes, creditCode, firmName, sectionNames, now);
        project.persist();
        ProjectVersion.of(project, occasion, now, applicant(creditCode), reason).persist();
        return project;
    }

    private static String applicant(String creditCode) {
        return "applicant:" + creditCode;
    }
}
