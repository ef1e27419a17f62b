package org.jointacceptance.acceptance.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
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

/**
 * Where applications are held up: each department's working days per round and punctuality, overall and month by month,
 * what it has open now by age, and each party's share of one application.
 */
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

    /** One department's rounds concluded in one month: working days per round and the share within its allotment. */
    public record MonthRecord(String department, YearMonth month, int concludedRounds, double medianWorkingDays,
            double p90WorkingDays, double onTimeShare) {
    }

    /**
     * The open rounds of one department by how long they have waited, in working days since requested: how many in
     * each band of {@link #AGE_BANDS}, in that order, and how many of them are past their due date.
     */
    public record BacklogRecord(String department, List<Integer> byAge, int overdue) {
    }

    /** The bands of a round's age in working days: within a week, two weeks, the stage's 16 days, beyond them. */
    public static final List<String> AGE_BANDS = List.of("0-5", "6-10", "11-16", "17+");
    private static final int[] AGE_BAND_ENDS = { 5, 10, 16 };

    /** Every department's record, those that most often ran past their share first. */
    public List<DepartmentRecord> departments() {
        LocalDate today = stageClock.today();
        List<DepartmentRecord> records = new ArrayList<>();
        byDepartment().forEach((department, inspections) -> {
            Rounds concluded = new Rounds();
            int backlog = 0;
            int overdue = 0;
            for (SectionInspection inspection : inspections) {
                if (inspection.state == InspectionState.REQUESTED) {
                    backlog++;
                    if (inspection.dueDate != null && today.isAfter(inspection.dueDate)) {
                        overdue++;
                    }
                } else {
                    concluded.add(inspection);
                }
            }
            records.add(new DepartmentRecord(department, concluded.count(), concluded.percentile(50),
                    concluded.percentile(90), concluded.onTimeShare(), concluded.late, backlog, overdue));
        });
        records.sort(Comparator.comparingInt((DepartmentRecord record) -> record.lateRounds() + record.overdueNow())
                .reversed().thenComparing(DepartmentRecord::department));
        return records;
    }

    /** Each department's rounds concluded in each month from {@code from} to {@code to}, by department then month. */
    public List<MonthRecord> months(YearMonth from, YearMonth to) {
        List<MonthRecord> records = new ArrayList<>();
        byDepartment().forEach((department, inspections) -> {
            Map<YearMonth, Rounds> byMonth = new TreeMap<>();
            for (SectionInspection inspection : inspections) {
                if (inspection.inspectedOn != null) {
                    YearMonth month = YearMonth.from(inspection.inspectedOn);
                    if (!month.isBefore(from) && !month.isAfter(to)) {
                        byMonth.computeIfAbsent(month, key -> new Rounds()).add(inspection);
                    }
                }
            }
            byMonth.forEach((month, rounds) -> {
                if (rounds.count() > 0) {
                    records.add(new MonthRecord(department, month, rounds.count(), rounds.percentile(50),
                            rounds.percentile(90), rounds.onTimeShare()));
                }
            });
        });
        return records;
    }

    /** What each department has open now, by age; the departments with the most open rounds first. */
    public List<BacklogRecord> backlog() {
        LocalDate today = stageClock.today();
        List<BacklogRecord> records = new ArrayList<>();
        byDepartment().forEach((department, inspections) -> {
            Integer[] byAge = { 0, 0, 0, 0 };
            int overdue = 0;
            for (SectionInspection inspection : inspections) {
                if (inspection.state != InspectionState.REQUESTED || inspection.requestedOn == null) {
                    continue;
                }
                int age = workingDays(inspection.requestedOn, today);
                int band = 0;
                while (band < AGE_BAND_ENDS.length && age > AGE_BAND_ENDS[band]) {
                    band++;
                }
                byAge[band]++;
                if (inspection.dueDate != null && today.isAfter(inspection.dueDate)) {
                    overdue++;
                }
            }
            records.add(new BacklogRecord(department, List.of(byAge), overdue));
        });
        records.sort(Comparator.comparingInt((BacklogRecord record) -> record.byAge().stream()
                .mapToInt(Integer::intValue).sum()).reversed().thenComparing(BacklogRecord::department));
        return records;
    }

    /** Every round not withdrawn, by department. */
    private static Map<String, List<SectionInspection>> byDepartment() {
        Map<String, List<SectionInspection>> byDepartment = new TreeMap<>();
        SectionInspection.<SectionInspection>streamAll().filter(inspection -> inspection.state != InspectionState.WITHDRAWN)
                .forEach(inspection -> byDepartment.computeIfAbsent(inspection.department, key -> new ArrayList<>())
                        .add(inspection));
        return byDepartment;
    }

    /** Concluded rounds: their working days each, and how many ended after their due date. */
    private final class Rounds {
        private final List<Integer> durations = new ArrayList<>();
        private int late;

        void add(SectionInspection inspection) {
            if (inspection.requestedOn == null || inspection.inspectedOn == null) {
                return;
            }
            durations.add(workingDays(inspection.requestedOn, inspection.inspectedOn));
            if (inspection.dueDate != null && inspection.inspectedOn.isAfter(inspection.dueDate)) {
                late++;
            }
        }

        int count() {
            return durations.size();
        }

        double percentile(int percent) {
            durations.sort(Comparator.naturalOrder());
            return HoldUpStatistics.percentile(durations, percent);
        }

        double onTimeShare() {
            return durations.isEmpty() ? 1.0 : (durations.size() - late) / (double) durations.size();
        }
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
