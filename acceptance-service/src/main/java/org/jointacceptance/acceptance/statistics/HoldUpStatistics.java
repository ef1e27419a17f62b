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
import org.jointacceptance.acceptance.application.ApplicationStatus;
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

    /**
     * One department's record over the rounds it concluded (in the period asked, if one was): how many, their working
     * days (median, p90), the share concluded by the due date, how many after it, and the working days past its share
     * (after the due date: of each round concluded late, and of each open round overdue now); what it has open now
     * and how much of it is overdue; and the same figures round by round (round 1, round 2 after a rectification...).
     */
    public record DepartmentRecord(String department, int concludedRounds, double medianWorkingDays,
            double p90WorkingDays, double onTimeShare, int lateRounds, int workingDaysPastShare, int backlog,
            int overdueNow, List<RoundRecord> byRound) {
    }

    /** A department's inspections of one round number, concluded in the period. */
    public record RoundRecord(int round, int concludedRounds, double medianWorkingDays, double p90WorkingDays,
            double onTimeShare) {
    }

    /** Which rounds count: concluded from {@code from} to {@code to} (each null: unbounded), in {@code district}. */
    public record Scope(LocalDate from, LocalDate to, String district) {

        public static final Scope EVERYTHING = new Scope(null, null, null);

        boolean inDistrict(SectionInspection inspection) {
            return district == null || district.equals(inspection.section.application.project.district);
        }

        boolean concludedWithin(SectionInspection inspection) {
            LocalDate on = inspection.inspectedOn;
            return on != null && (from == null || !on.isBefore(from)) && (to == null || !on.isAfter(to));
        }
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

    /**
     * The record of every department with rounds in the scope (concluded in it, or open), those most working days
     * past their share first.
     */
    public List<DepartmentRecord> departments(Scope scope) {
        LocalDate today = stageClock.today();
        List<DepartmentRecord> records = new ArrayList<>();
        byDepartment().forEach((department, inspections) -> {
            Rounds concluded = new Rounds();
            Map<Integer, Rounds> byRound = new TreeMap<>();
            int backlog = 0;
            int overdue = 0;
            int pastShare = 0;
            for (SectionInspection inspection : inspections) {
                if (!scope.inDistrict(inspection)) {
                    continue;
                }
                if (awaited(inspection)) {
                    backlog++;
                    if (inspection.dueDate != null && today.isAfter(inspection.dueDate)) {
                        overdue++;
                        pastShare += workingDays(inspection.dueDate, today);
                    }
                } else if (inspection.state != InspectionState.REQUESTED && scope.concludedWithin(inspection)) {
                    concluded.add(inspection);
                    byRound.computeIfAbsent(inspection.round, round -> new Rounds()).add(inspection);
                    if (inspection.dueDate != null) {
                        pastShare += workingDays(inspection.dueDate, inspection.inspectedOn);
                    }
                }
            }
            if (concluded.count() == 0 && backlog == 0) {
                return; // nothing of the department's in the scope
            }
            List<RoundRecord> rounds = byRound.entrySet().stream().filter(round -> round.getValue().count() > 0)
                    .map(round -> new RoundRecord(round.getKey(), round.getValue().count(),
                            round.getValue().percentile(50), round.getValue().percentile(90),
                            round.getValue().onTimeShare()))
                    .toList();
            records.add(new DepartmentRecord(department, concluded.count(), concluded.percentile(50),
                    concluded.percentile(90), concluded.onTimeShare(), concluded.late, pastShare, backlog, overdue,
                    rounds));
        });
        records.sort(Comparator.comparingInt(DepartmentRecord::workingDaysPastShare)
                .thenComparingInt(record -> record.lateRounds() + record.overdueNow()).reversed()
                .thenComparing(DepartmentRecord::department));
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
                if (!awaited(inspection) || inspection.requestedOn == null) {
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

    /** Whether the department's result of the round is awaited: requested, and the application not ended. */
    private static boolean awaited(SectionInspection inspection) {
        return inspection.state == InspectionState.REQUESTED
                && inspection.section.application.status != ApplicationStatus.TERMINATED;
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
