package org.jointacceptance.acceptance.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;

/** Where applications are held up: each department's working days per round and punctuality, each party's share. */
@ApplicationScoped
public class HoldUpStatistics {

    private final JointStageClock stageClock;

    public HoldUpStatistics(JointStageClock stageClock) {
        this.stageClock = stageClock;
    }

    /** One department's record over every round it was asked to inspect. */
    public record DepartmentRecord(String department, int concludedRounds, double medianWorkingDays,
            double p90WorkingDays, double onTimeShare, int lateRounds, int backlog, int overdueNow) {
    }

    /** Working days each party held one application: every department, the applicant, and the whole stage so far. */
    public record TimeSpent(UUID applicationId, int stageWorkingDays, int applicantWorkingDays,
            Map<String, Integer> departmentWorkingDays) {
    }

    /** Every department's record, those that most often ran past their share first. */
    public List<DepartmentRecord> departments() {
        LocalDate today = stageClock.today();
        Map<String, List<SectionInspection>> byDepartment = new TreeMap<>();
        SectionInspection.<SectionInspection>streamAll().filter(inspection -> inspection.state != InspectionState.WITHDRAWN)
                .forEach(inspection -> byDepartment.computeIfAbsent(inspection.department, key -> new ArrayList<>())
                        .add(inspection));
        List<DepartmentRecord> records = new ArrayList<>();
        byDepartment.forEach((department, inspections) -> {
            List<Integer> durations = new ArrayList<>();
            int late = 0;
            int backlog = 0;
            int overdue = 0;
            for (SectionInspection inspection : inspections) {
                if (inspection.state == InspectionState.REQUESTED) {
                    backlog++;
                    if (inspection.dueDate != null && today.isAfter(inspection.dueDate)) {
                        overdue++;
                    }
                } else if (inspection.requestedOn != null && inspection.inspectedOn != null) {
                    durations.add(workingDays(inspection.requestedOn, inspection.inspectedOn));
                    if (inspection.dueDate != null && inspection.inspectedOn.isAfter(inspection.dueDate)) {
                        late++;
                    }
                }
            }
            durations.sort(Comparator.naturalOrder());
            double onTime = durations.isEmpty() ? 1.0 : (durations.size() - late) / (double) durations.size();
            records.add(new DepartmentRecord(department, durations.size(), percentile(durations, 50),
                    percentile(durations, 90), onTime, late, backlog, overdue));
        });
        records.sort(Comparator.comparingInt((DepartmentRecord record) -> record.lateRounds() + record.overdueNow())
                .reversed().thenComparing(DepartmentRecord::department));
        return records;
    }

    public TimeSpent timeSpent(Application application) {
        LocalDate today = stageClock.today();
        Map<String, Integer> byDepartment = new LinkedHashMap<>();
        for (Section section : application.sections) {
            for (SectionInspection inspection : section.inspections) {
                if (inspection.requestedOn == null || inspection.state == InspectionState.WITHDRAWN) {
                    continue;
                }
                LocalDate end = inspection.inspectedOn == null ? today : inspection.inspectedOn;
                byDepartment.merge(inspection.department, workingDays(inspection.requestedOn, end), Integer::sum);
            }
        }
        int applicant = stageClock.pausedWorkingDays(ClockPause.ofApplication(application.id));
        int stage = application.intakeAcceptedOn == null ? 0 : workingDays(application.intakeAcceptedOn, today);
        return new TimeSpent(application.id, stage, applicant, byDepartment);
    }

    private int workingDays(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? stageClock.calendar().workingDaysBetween(from, to) : 0;
    }

    /** The nearest-rank percentile of sorted values; 0 when there are none. */
    static double percentile(List<Integer> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
