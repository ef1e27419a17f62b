package org.jointacceptance.acceptance.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.opinion.JointOpinion;
import org.jointacceptance.acceptance.project.ProjectRegistry;
import org.jointacceptance.acceptance.project.ProjectSection;
import org.jointacceptance.acceptance.project.RegisteredProject;
import org.jointacceptance.acceptance.project.SectionClaim;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.acceptance.CompletionFilingIssued;

/** Issues a project's overall completion acceptance filing as soon as the last of its declared sections is accepted. */
@ApplicationScoped
public class FilingService {

    private final EntityManager entityManager;
    private final ProjectRegistry projects;
    private final JointStageClock stageClock;
    private final Timeline timeline;
    private final Clock clock;
    private final String numberPrefix;

    public FilingService(EntityManager entityManager, ProjectRegistry projects, JointStageClock stageClock,
            Timeline timeline, Clock clock, @ConfigProperty(name = "acceptance.filing.number-prefix") String numberPrefix) {
        this.entityManager = entityManager;
        this.projects = projects;
        this.stageClock = stageClock;
        this.timeline = timeline;
        this.clock = clock;
        this.numberPrefix = numberPrefix;
    }

    /**
     * A section of the application was accepted: the project's overall filing, due when every section declared on the
     * project is now accepted, in this application or earlier ones, and no filing is in force. Holds the project
     * until the transaction ends, so that the project's filing is issued once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Due> due(Application application) {
        RegisteredProject project = RegisteredProject.findById(application.projectId);
        projects.lock(project.attributes.code);
        Map<UUID, SectionClaim> accepted = projects.claims(project).stream()
                .filter(claim -> claim.hold() == SectionClaim.Hold.ACCEPTED)
                .collect(Collectors.toMap(SectionClaim::projectSectionId, Function.identity(), (one, other) -> other));
        boolean complete = project.sections.stream().allMatch(section -> accepted.containsKey(section.id));
        if (!complete || CompletionFiling.ofProject(project.id) != null) {
            return Optional.empty();
        }
        return Optional.of(new Due(application, project, accepted));
    }

    /** A project's overall filing, due in the application that completed it, with each section's acceptance. */
    public record Due(Application application, RegisteredProject project, Map<UUID, SectionClaim> accepted) {
    }

    /** Issues the filing that was due, once the opinion of every section is issued, and tells it on the timeline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issue(Due due) {
        Application application = due.application();
        RegisteredProject project = due.project();
        LocalDate today = stageClock.today();
        long sequence = ((Number) entityManager.createNativeQuery("select nextval('filing_number_seq')")
                .getSingleResult()).longValue();
        CompletionFiling filing = new CompletionFiling();
        filing.number = String.format("%s-%d-%06d", numberPrefix, today.getYear(), sequence);
        filing.projectId = project.id;
        filing.applicationId = application.id;
        filing.overall = true;
        filing.sections = project.sections.stream().map(section -> filed(section, due.accepted().get(section.id)))
                .toList();
        filing.issuedAt = OffsetDateTime.now(clock);
        filing.persist();
        project.filingNumber = filing.number;
        timeline.announce(application.id, null, "system", "FILING_ISSUED",
                "Overall completion acceptance filing " + filing.number + " of project " + project.attributes.code
                        + " for opinions " + filing.opinions(),
                Particulars.subject(filing.number),
                new CompletionFilingIssued(application.id, project.attributes.code, project.attributes.name,
                        application.applicant.toEvent(), filing.number, today, filing.opinions()));
    }

    private static CompletionFiling.FiledSection filed(ProjectSection section, SectionClaim accepted) {
        JointOpinion opinion = JointOpinion.currentOf(accepted.sectionId());
        return new CompletionFiling.FiledSection(section.name, opinion.number,
                opinion.issuedAt.atZoneSameInstant(JointStageClock.CHINA).toLocalDate(),
                accepted.applicationNumber());
    }

    /** Withdraws the filing in force that covers the application, if one does, saying why; it stays on record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(Application application, String reason) {
        CompletionFiling filing = CompletionFiling.of(application);
        if (filing == null) {
            return;
        }
        RegisteredProject project = RegisteredProject.findById(filing.projectId);
        projects.lock(project.attributes.code); // the project's lock before its row, as issuing takes them
        filing.withdrawnAt = OffsetDateTime.now(clock);
        filing.withdrawnReason = reason;
        if (filing.number.equals(project.filingNumber)) {
            project.filingNumber = null;
        }
        CompletionFiling.flush(); // withdrawn first: the project may be complete again at once, with a new filing
        timeline.record(application.id, null, "system", "FILING_WITHDRAWN", "Completion acceptance filing "
                + filing.number + " withdrawn: " + reason, Particulars.subject(filing.number).because(reason), null);
    }
}
