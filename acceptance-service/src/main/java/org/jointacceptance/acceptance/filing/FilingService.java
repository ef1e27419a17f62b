package org.jointacceptance.acceptance.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.opinion.JointOpinion;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.acceptance.CompletionFilingIssued;

/** Issues the project's completion acceptance filing as soon as its last section is accepted. */
@ApplicationScoped
public class FilingService {

    private final EntityManager entityManager;
    private final JointStageClock stageClock;
    private final Timeline timeline;
    private final Clock clock;
    private final String numberPrefix;

    public FilingService(EntityManager entityManager, JointStageClock stageClock, Timeline timeline,
            Clock clock, @ConfigProperty(name = "acceptance.filing.number-prefix") String numberPrefix) {
        this.entityManager = entityManager;
        this.stageClock = stageClock;
        this.timeline = timeline;
        this.clock = clock;
        this.numberPrefix = numberPrefix;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void issueIfComplete(Application application) {
        boolean complete = application.sections.stream().allMatch(section -> section.status == SectionStatus.ACCEPTED);
        if (!complete || CompletionFiling.ofApplication(application.id) != null) {
            return;
        }
        LocalDate today = stageClock.today();
        long sequence = ((Number) entityManager.createNativeQuery("select nextval('filing_number_seq')")
                .getSingleResult()).longValue();
        CompletionFiling filing = new CompletionFiling();
        filing.number = String.format("%s-%d-%06d", numberPrefix, today.getYear(), sequence);
        filing.applicationId = application.id;
        filing.opinions = application.sections.stream()
                .map(section -> JointOpinion.currentOf(section.id).number)
                .toList();
        filing.issuedAt = OffsetDateTime.now(clock);
        filing.persist();
        timeline.announce(application.id, null, "system", "FILING_ISSUED",
                "Completion acceptance filing " + filing.number + " for opinions " + filing.opinions,
                Particulars.subject(filing.number),
                new CompletionFilingIssued(application.id, application.project.code, application.project.name,
                        application.applicant.toEvent(), filing.number, today, List.copyOf(filing.opinions)));
    }

    /** Withdraws the application's filing in force, if one is, saying why; it stays on record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(Application application, String reason) {
        CompletionFiling filing = CompletionFiling.ofApplication(application.id);
        if (filing == null) {
            return;
        }
        filing.withdrawnAt = OffsetDateTime.now(clock);
        filing.withdrawnReason = reason;
        CompletionFiling.flush(); // withdrawn first: the project may be complete again at once, with a new filing
        timeline.record(application.id, null, "system", "FILING_WITHDRAWN", "Completion acceptance filing "
                + filing.number + " withdrawn: " + reason, Particulars.subject(filing.number).because(reason), null);
    }
}
