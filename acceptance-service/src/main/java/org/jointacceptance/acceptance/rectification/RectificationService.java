package org.jointacceptance.acceptance.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.Project;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.acceptance.intake.InspectionRequests;
import org.jointacceptance.acceptance.decision.SectionDecisionRecord;
import org.jointacceptance.acceptance.material.Material;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.event.DepartmentFinding;
import org.jointacceptance.messaging.event.InspectionRequested;
import org.jointacceptance.messaging.event.RectificationSubmitted;
import org.jointacceptance.messaging.event.RectifiedFinding;
import org.jointacceptance.messaging.outbox.Outbox;
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
    private final Outbox outbox;
    private final Timeline timeline;
    private final Clock clock;

    public RectificationService(JointStageClock stageClock, StageDeadline deadline, InspectionRequests requests,
            Outbox outbox, Timeline timeline, Clock clock) {
        this.stageClock = stageClock;
        this.requests = requests;
        this.deadline = deadline;
        this.outbox = outbox;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public Section submit(UUID applicationId, UUID sectionId, RectificationRequest request) {
        Section section = Section.findById(sectionId, LockModeType.PESSIMISTIC_WRITE);
        if (section == null || !section.application.id.equals(applicationId)) {
            throw ProblemException.notFound("Section", sectionId);
        }
        if (section.status != SectionStatus.RECTIFICATION_REQUIRED) {
            throw ProblemException.conflict("not-awaiting-rectification",
                    "Section '" + section.name + "' is " + section.status + "; it awaits no rectification");
        }
        if (section.rectifyBy != null && stageClock.today().isAfter(section.rectifyBy)) {
            throw ProblemException.conflict("rectification-deadline-missed", "The rectification of section '"
                    + section.name + "' was due by " + section.rectifyBy + "; the section is rejected");
        }
        SectionDecisionRecord notice = SectionDecisionRecord.latest(sectionId, section.round);
        List<RectificationRequest.Answer> answers = checkedAnswers(request, notice.findings, applicationId);

        Rectification rectification = new Rectification();
        rectification.id = UUID.randomUUID();
        rectification.section = section;
        rectification.round = section.round;
        rectification.submittedAt = OffsetDateTime.now(clock);
        for (RectificationRequest.Answer answer : answers) {
            DepartmentFinding finding = notice.findings.get(answer.finding());
            rectification.answers.add(new Rectification.AnsweredFinding(finding.department(), new RectifiedFinding(
                    section.round, finding.item(), finding.description(), finding.requiredAction(), answer.answer(),
                    evidence(applicationId, answer.evidence()))));
        }
        rectification.persist();

        Set<String> failedDepartments = new LinkedHashSet<>();
        for (SectionInspection inspection : section.inspectionsOfRound(section.round)) {
            if (inspection.state == InspectionState.FAILED) {
                failedDepartments.add(inspection.department);
            }
        }
        int nextRound = section.round + 1;
        LocalDate dueDate = stageClock.departmentDueDate(stageClock.today());
        List<SectionInspection> reinspections = new ArrayList<>();
        for (String department : failedDepartments) {
            SectionInspection previous = section.inspection(department, section.round).orElseThrow();
            SectionInspection next = new SectionInspection();
            next.id = UUID.randomUUID();
            next.section = section;
            next.department = department;
            next.round = nextRound;
            next.mode = previous.mode;
            next.state = InspectionState.REQUESTED;
            next.dueDate = dueDate;
            next.requestedOn = stageClock.today();
            section.inspections.add(next);
            next.persist();
            reinspections.add(next);
        }
        section.round = nextRound;
        section.status = SectionStatus.IN_INSPECTION;
        section.rectifyBy = null;
        Application application = section.application;
        application.updateStatusFromSections();
        deadline.resume(application, section.id, ClockPause.Kind.RECTIFICATION);

        UUID eventId = outbox.append(Application.AGGREGATE_TYPE, applicationId, new RectificationSubmitted(applicationId,
                section.id, section.name, nextRound, List.copyOf(failedDepartments)));
        timeline.record(applicationId, section.id, "applicant:" + application.applicant.creditCode,
                "RECTIFICATION_SUBMITTED", answers.size() + " finding(s) answered; round " + nextRound + " by "
                        + String.join(", ", failedDepartments), eventId);
        for (SectionInspection inspection : reinspections) {
            List<RectifiedFinding> ofDepartment = rectification.answers.stream()
                    .filter(answered -> answered.department().equals(inspection.department))
                    .map(Rectification.AnsweredFinding::finding).toList();
            outbox.append(Application.AGGREGATE_TYPE, applicationId, requests.of(inspection, ofDepartment));
        }
        return section;
    }

    private static List<RectificationRequest.Answer> checkedAnswers(RectificationRequest request,
            List<DepartmentFinding> findings, UUID applicationId) {
        Set<Integer> answered = new HashSet<>();
        for (RectificationRequest.Answer answer : request.answers()) {
            if (answer.finding() >= findings.size()) {
                throw ProblemException.invalid("unknown-finding", "The notice has " + findings.size()
                        + " finding(s), numbered from 0; there is no finding " + answer.finding());
            }
            if (!answered.add(answer.finding())) {
                throw ProblemException.invalid("finding-answered-twice", "Finding " + answer.finding() + " is answered twice");
            }
        }
        List<Integer> missing = IntStream.range(0, findings.size()).filter(index -> !answered.contains(index)).boxed().toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("findings-unanswered",
                    "Every finding of the notice must be answered; unanswered: " + missing);
        }
        return request.answers();
    }

    private static List<RectifiedFinding.Evidence> evidence(UUID applicationId, List<String> digests) {
        if (digests == null) {
            return List.of();
        }
        List<RectifiedFinding.Evidence> evidence = new ArrayList<>();
        for (String sha256 : digests) {
            Material material = Material.<Material>find("applicationId = ?1 and sha256 = ?2", applicationId, sha256)
                    .firstResult();
            if (material == null) {
                throw ProblemException.invalid("unknown-evidence", "No material with SHA-256 " + sha256
                        + " was uploaded to this application; upload the evidence first");
            }
            evidence.add(new RectifiedFinding.Evidence(material.name, material.mediaType, material.sha256));
        }
        return evidence;
    }
}
