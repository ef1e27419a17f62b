package org.jointacceptance.acceptance.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Parameters;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;

/**
 * How the joint stage went for the applications received at the window in a period, in a district or all: how many
 * ended how, and for those decided, the working days the stage took net of its pauses and whether the decision came
 * by the due date. An application counts in the period it was submitted in (its latest submission, after a
 * correction notice).
 */
@ApplicationScoped
public class StageStatistics {

    private final JointStageClock stageClock;

    public StageStatistics(JointStageClock stageClock) {
        this.stageClock = stageClock;
    }

    /**
     * One application received in the period, as the figures count it: decided ones ({@code ACCEPTED},
     * {@code REJECTED}) with the day of their last decision, the stage's working days net of pauses, and whether that
     * day was within the due date.
     */
    public record ApplicationLine(UUID id, String number, String projectCode, String projectName, String district,
            LocalDate receivedOn, ApplicationStatus status, LocalDate decidedOn, Integer stageWorkingDays,
            Boolean withinLimit) {

        boolean decided() {
            return decidedOn != null;
        }
    }

    /**
     * The applications received from {@code from} to {@code to} ({@code district}: all when null): how many, how many
     * the window did not accept, were accepted, rejected, terminated or are still open, and of the decided ones how
     * many within the stage's due date, with the stage's working days net of pauses (median and 90th percentile).
     */
    public record Period(LocalDate from, LocalDate to, String district, int received, int notAccepted, int accepted,
            int rejected, int terminated, int open, int decided, int decidedWithinLimit, double withinLimitShare,
            double medianStageWorkingDays, double p90StageWorkingDays) {
    }

    public Period period(LocalDate from, LocalDate to, String district) {
        List<ApplicationLine> lines = applications(from, to, district);
        List<Integer> durations = new ArrayList<>();
        int within = 0;
        for (ApplicationLine line : lines) {
            if (line.decided()) {
                durations.add(line.stageWorkingDays());
                within += line.withinLimit() ? 1 : 0;
            }
        }
        durations.sort(Comparator.naturalOrder());
        return new Period(from, to, district, lines.size(), count(lines, ApplicationStatus.NOT_ACCEPTED),
                count(lines, ApplicationStatus.ACCEPTED), count(lines, ApplicationStatus.REJECTED),
                count(lines, ApplicationStatus.TERMINATED),
                (int) lines.stream().filter(line -> open(line.status())).count(), durations.size(), within,
                durations.isEmpty() ? 1.0 : within / (double) durations.size(),
                HoldUpStatistics.percentile(durations, 50), HoldUpStatistics.percentile(durations, 90));
    }

    /** The applications received in the period, in the order they were received. */
    public List<ApplicationLine> applications(LocalDate from, LocalDate to, String district) {
        OffsetDateTime start = from.atStartOfDay(JointStageClock.CHINA).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(JointStageClock.CHINA).toOffsetDateTime();
        Parameters parameters = Parameters.with("start", start).and("end", end)
                .and("draft", ApplicationStatus.DRAFT);
        String query = "status <> :draft and submittedAt >= :start and submittedAt < :end";
        if (district != null) {
            query += " and project.district = :district";
            parameters.and("district", district);
        }
        return Application.<Application>find(query + " order by submittedAt, number", parameters).list().stream()
                .map(this::line).toList();
    }

    private ApplicationLine line(Application application) {
        LocalDate decidedOn = application.status == ApplicationStatus.ACCEPTED
                || application.status == ApplicationStatus.REJECTED ? lastDecision(application).orElse(null) : null;
        Integer workingDays = null;
        Boolean within = null;
        if (decidedOn != null && application.intakeAcceptedOn != null) {
            int elapsed = decidedOn.isAfter(application.intakeAcceptedOn)
                    ? stageClock.calendar().workingDaysBetween(application.intakeAcceptedOn, decidedOn) : 0;
            workingDays = Math.max(0, elapsed - stageClock.pausedWorkingDays(ClockPause.ofApplication(application.id)));
            within = application.dueDate == null || !decidedOn.isAfter(application.dueDate);
        }
        return new ApplicationLine(application.id, application.number, application.project.code,
                application.project.name, application.project.district,
                application.submittedAt.atZoneSameInstant(JointStageClock.CHINA).toLocalDate(), application.status,
                workingDays == null ? null : decidedOn, workingDays, within);
    }

    /** The day the application's last section decision was taken. */
    private static Optional<LocalDate> lastDecision(Application application) {
        return application.sections.stream().flatMap(section -> section.decisions.stream())
                .map(decision -> decision.decidedAt.atZoneSameInstant(JointStageClock.CHINA).toLocalDate())
                .max(Comparator.naturalOrder());
    }

    private static int count(List<ApplicationLine> lines, ApplicationStatus status) {
        return (int) lines.stream().filter(line -> line.status() == status).count();
    }

    private static boolean open(ApplicationStatus status) {
        return status == ApplicationStatus.AWAITING_REVIEW || status == ApplicationStatus.CORRECTION_REQUIRED
                || status == ApplicationStatus.IN_INSPECTION || status == ApplicationStatus.RECTIFICATION_REQUIRED;
    }
}
