package org.jointacceptance.acceptance.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.EvidenceFile;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.acceptance.intake.InspectionRequests;
import org.jointacceptance.acceptance.material.Material;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.acceptance.RectificationSubmitted;
import org.jointacceptance.problem.ProblemException;

/**
 * The applicant's answer to a rectification notice opens the next round: only the departments that failed the
 * section inspect again, each shown its earlier findings with the answers; departments that passed keep their pass.
 */
@ApplicationScoped
public class RectificationService {

    private final JointStageClock stageClock;
    private final StageDeadline deadline;
    private final InspectionRequests requests;
    private final Timeline timeline;
    private final Clock clock;

    public RectificationService(JointStageClock stageClock, StageDeadline deadline, InspectionRequests requests,
            Timeline timeline, Clock clock) {
        this.stageClock = stageClock;
        this.requests = requests;
        this.deadline = deadline;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public Section submit(UUID applicationId, UUID sectionId, RectificationRequest request) {
        Section section = Section.findById(sectionId, LockModeType.PESSIMISTIC_WRITE);
        if (section == null || !section.application.id.equals(applicationId)) {
            throw ProblemException.notFound("section", sectionId);
        }
        LocalDate today = stageClock.today();
        Section.Rectified rectified = section.rectify(request.answers().stream()
                .map(answer -> new Section.Answer(answer.finding(), answer.answer(), answer.evidence())).toList(),
                digests -> evidence(applicationId, digests), today,
                stageClock.departmentDueDate(today, section.application.keyProject),
                OffsetDateTime.now(clock));
        Application application = section.application;
        deadline.resume(application, section.id, ClockPause.Kind.RECTIFICATION);
        timeline.announce(applicationId, section.id, "applicant:" + application.applicant.creditCode,
                "RECTIFICATION_SUBMITTED", rectified.rectification().answers.size() + " finding(s) answered; round "
                        + section.round + " by " + String.join(", ", rectified.departments()), Particulars.round(section.round),
                new RectificationSubmitted(applicationId, section.id, section.name, section.round,
                        rectified.departments()));
        List<Material> materials = Material.ofApplication(applicationId);
        for (SectionInspection inspection : rectified.reinspections()) {
            timeline.announce(applicationId, requests.of(inspection, rectified.answersFor(inspection.department),
                    materials));
        }
        return section;
    }

    private static List<EvidenceFile> evidence(UUID applicationId, List<String> digests) {
        List<EvidenceFile> evidence = new ArrayList<>();
        for (String sha256 : digests) {
            Material material = Material.<Material>find("applicationId = ?1 and sha256 = ?2", applicationId, sha256)
                    .firstResult();
            if (material == null) {
                throw ProblemException.invalid("unknown-evidence", sha256);
            }
            evidence.add(new EvidenceFile(material.name, material.mediaType, material.sha256));
        }
        return evidence;
    }
}
