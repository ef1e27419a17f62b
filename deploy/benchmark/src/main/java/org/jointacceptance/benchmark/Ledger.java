package org.jointacceptance.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What the run planned and what it saw: each section's planned outcome, the inspections requested of each
 * department in each round (the work the inspectors take), their results and the decisions announced.
 */
final class Ledger {

    /** Whether the application owes a material at intake, and when the firm supplies it. */
    enum Owed {
        NOTHING, SUPPLIED_LATE, NEVER_SUPPLIED;

        /**
         * Whether its material may have been announced overdue so many times once the clock has moved past the
         * promise: never when nothing is owed; once when it is never supplied; at most once when supplied late
         * (only if the clock moved before it arrived).
         */
        boolean announcedOverdueRightly(long times) {
            return switch (this) {
                case NOTHING -> times == 0;
                case SUPPLIED_LATE -> times <= 1;
                case NEVER_SUPPLIED -> times == 1;
            };
        }
    }

    /**
     * A section as the firm applied for it; {@code failingDepartment} fails it in round 1 when not null; an accepted
     * section of an application that owes a material is decided only once the material is supplied; the
     * {@code procedureDepartment}, when not null, runs a special procedure in round 1 before its result; the
     * {@code lateDepartment}, when not null, holds its round-1 result until the clock has moved past its due date.
     */
    record SectionPlan(UUID applicationId, UUID sectionId, String failingDepartment, Owed owed,
            String procedureDepartment, String lateDepartment) {

        SectionPlan(UUID applicationId, UUID sectionId, String failingDepartment) {
            this(applicationId, sectionId, failingDepartment, Owed.NOTHING, null, null);
        }

        boolean runsProcedure(String department, int round) {
            return round == 1 && department.equals(procedureDepartment);
        }

        boolean isLate(String department, int round) {
            return round == 1 && department.equals(lateDepartment);
        }

        /** The warnings its late department's clock and its application's clock must each see once: overdue. */
        List<Warning> overdueWarnings() {
            return lateDepartment == null ? List.of() : List.of(
                    new Warning(applicationId, null, null, 0, "OVERDUE"),
                    new Warning(applicationId, sectionId, lateDepartment, 1, "OVERDUE"));
        }

        /** How many rounds the departments inspect it in. */
        int rounds() {
            return failingDepartment == null ? 1 : 2;
        }

        /** The decision its round {@code number} must receive, if any: none while a material is owed for good. */
        Optional<String> expectedDecision(int number) {
            if (number < rounds()) {
                return Optional.of("RECTIFICATION_REQUIRED");
            }
            return owed == Owed.NEVER_SUPPLIED ? Optional.empty() : Optional.of("ACCEPTED");
        }

        /** The decisions this section must receive, round by round. */
        List<String> expectedDecisions() {
            List<String> decisions = new ArrayList<>();
            for (int number = 1; number <= rounds(); number++) {
                expectedDecision(number).ifPresent(decisions::add);
            }
            return decisions;
        }

        boolean accepted() {
            return owed != Owed.NEVER_SUPPLIED;
        }

        boolean fails(String department, int round) {
            return round == 1 && department.equals(failingDepartment);
        }
    }

    /** One department's inspection of one section in one round: a piece of an inspector's work. */
    record Task(String department, UUID applicationId, UUID sectionId, int round) {
    }

    /**
     * A deadline warning: of the application's clock (no section, no department, round 0) or of a department's clock
     * of a section's round, at a level. Each is announced once.
     */
    record Warning(UUID applicationId, UUID sectionId, String department, int round, String level) {

        /**
         * Who is told of it: the coordinators; the department whose clock it is; the supervisors when it is overdue
         * (the run's projects are not key projects, whose every warning reaches the supervisors).
         */
        List<String> recipients() {
            List<String> recipients = new ArrayList<>(List.of("coordinator"));
            if (department != null) {
                recipients.add("department:" + department);
            }
            if (level.equals("OVERDUE")) {
                recipients.add("supervisor");
            }
            return recipients;
        }

        boolean sameClock(Warning other) {
            return applicationId.equals(other.applicationId) && Objects.equals(sectionId, other.sectionId)
                    && Objects.equals(department, other.department) && round == other.round;
        }

        String clock() {
            return department == null ? "application " + applicationId
                    : department + "'s round " + round + " of section " + sectionId;
        }
    }

    /** One section's round: how many departments were asked, how many answered, and the decision. */
    static final class Round {
        int requested;
        int results;
        long lastResultNanos;
        Step.Measure lastResultStep;
        final List<String> decisions = new ArrayList<>();
        final List<String> decisionEventIds = new ArrayList<>();

        synchronized boolean awaitsDecision() {
            return requested > 0 && results == requested && decisions.isEmpty();
        }
    }

    private final Map<UUID, SectionPlan> sections = new ConcurrentHashMap<>();
    private final Map<String, Round> rounds = new ConcurrentHashMap<>();
    private final BlockingQueue<Task> tasks = new LinkedBlockingQueue<>();
    private final Set<Task> seen = ConcurrentHashMap.newKeySet();
    private final AtomicLong seenAgain = new AtomicLong();
    private final Set<String> procedures = ConcurrentHashMap.newKeySet();
    private final Set<UUID> applications = ConcurrentHashMap.newKeySet();
    private final Map<String, Warning> warnings = new ConcurrentHashMap<>();
    private final Map<String, UUID> materialsOverdue = new ConcurrentHashMap<>();
    private volatile boolean clockMoved;
    private volatile long lastProgress = System.nanoTime();
    private volatile Step.Measure current;

    void plan(SectionPlan section) {
        sections.put(section.sectionId(), section);
        applications.add(section.applicationId());
    }

    SectionPlan section(UUID sectionId) {
        return sections.get(sectionId);
    }

    Map<UUID, SectionPlan> sections() {
        return Map.copyOf(sections);
    }

    BlockingQueue<Task> tasks() {
        return tasks;
    }

    /** The step being measured, which events seen now count towards; null between steps. */
    Step.Measure current() {
        return current;
    }

    void measure(Step.Measure step) {
        current = step;
    }

    /**
     * An inspection was requested: it becomes work for an inspector. Requests of other runs are ignored, and so is a
     * request delivered again.
     */
    void requested(Task task) {
        if (!sections.containsKey(task.sectionId())) {
            return;
        }
        if (!seen.add(task)) {
            seenAgain.incrementAndGet();
            return;
        }
        lastProgress = System.nanoTime();
        Round round = round(task.sectionId(), task.round());
        synchronized (round) {
            round.requested++;
        }
        tasks.add(task);
    }

    /**
     * A department's result was accepted by its service ({@code at} is when its answer came, in nanoseconds);
     * {@code step} is the step measuring it, or null outside a step's measured time.
     */
    void resultSubmitted(Task task, long at, Step.Measure step) {
        lastProgress = System.nanoTime();
        Round round = round(task.sectionId(), task.round());
        synchronized (round) {
            round.results++;
            round.lastResultNanos = at;
            round.lastResultStep = step;
        }
    }

    /**
     * A section's decision was seen on Kafka at {@code at}: its latency from the round's last result counts for the
     * step that result belongs to. Returns true for a decision seen for the first time of a section this run applied
     * for; false for others' and for one delivered again.
     */
    boolean decided(UUID sectionId, int roundNumber, String decision, String eventId, long at) {
        if (!sections.containsKey(sectionId)) {
            return false;
        }
        Round round = round(sectionId, roundNumber);
        synchronized (round) {
            if (round.decisionEventIds.contains(eventId)) {
                seenAgain.incrementAndGet();
                return false; // delivered again: Kafka delivers at least once
            }
            round.decisionEventIds.add(eventId);
            lastProgress = System.nanoTime();
            round.decisions.add(decision);
            if (round.decisions.size() == 1 && round.lastResultStep != null && round.results == round.requested) {
                round.lastResultStep.decisionLatency(at - round.lastResultNanos);
            }
        }
        return true;
    }

    /** A department opened (and is to close) the special procedure {@code procedureId}. */
    void procedureOpened(String procedureId) {
        procedures.add(procedureId);
    }

    /** The special procedures the departments opened in this run. */
    Set<String> procedures() {
        return Set.copyOf(procedures);
    }

    /**
     * A deadline warning was seen on Kafka; one delivered again counts once, and one of an application of another run
     * not at all.
     */
    void warned(Warning warning, String eventId) {
        if (!applications.contains(warning.applicationId())) {
            return;
        }
        if (warnings.putIfAbsent(eventId, warning) != null) {
            seenAgain.incrementAndGet();
            return;
        }
        lastProgress = System.nanoTime();
    }

    /**
     * An application's promised material was announced overdue (its clock stopped) on Kafka; one delivered again
     * counts once, and one of another run not at all.
     */
    void materialOverdue(UUID applicationId, String eventId) {
        if (applications.contains(applicationId) && materialsOverdue.putIfAbsent(eventId, applicationId) != null) {
            seenAgain.incrementAndGet();
        }
    }

    /** How many times a promised material was announced overdue. */
    int materialsOverdue() {
        return materialsOverdue.size();
    }

    /** Each application's material announced overdue as often as it may be, once the clock has moved. */
    List<String> differencesInMaterialsOverdue() {
        Map<UUID, Long> times = materialsOverdue.values().stream()
                .collect(Collectors.groupingBy(application -> application, Collectors.counting()));
        List<String> differences = new ArrayList<>();
        sections.values().stream().collect(Collectors.toMap(SectionPlan::applicationId, SectionPlan::owed,
                (one, other) -> one)).forEach((application, owed) -> {
                    long announced = times.getOrDefault(application, 0L);
                    if (!owed.announcedOverdueRightly(announced)) {
                        differences.add("application " + application + ", owing " + owed + ": its material announced"
                                + " overdue " + announced + " times");
                    }
                });
        return differences;
    }

    /** The deadline warnings seen, by event id. */
    Map<String, Warning> warnings() {
        return Map.copyOf(warnings);
    }

    /** The late departments' round-1 inspections, which wait for the clock to move. */
    List<Task> lateTasks() {
        return sections.values().stream().filter(plan -> plan.lateDepartment() != null)
                .map(plan -> new Task(plan.lateDepartment(), plan.applicationId(), plan.sectionId(), 1)).toList();
    }

    /** Whether every late inspection has been requested: the clock may move. */
    boolean lateTasksRequested() {
        return seen.containsAll(lateTasks());
    }

    /** Whether each late department's clock and its application's clock has been warned of being overdue. */
    boolean overdueWarningsSeen() {
        return warnings.values().containsAll(sections.values().stream()
                .flatMap(plan -> plan.overdueWarnings().stream()).toList());
    }

    /** The clock has moved and the late departments' warnings are out: they may give their results. */
    void clockMoved() {
        clockMoved = true;
        lastProgress = System.nanoTime();
    }

    /** Whether {@code task} is a late department's inspection that waits for the clock to move. */
    boolean waitsForTheClock(Task task) {
        return !clockMoved && sections.get(task.sectionId()).isLate(task.department(), task.round());
    }

    /**
     * Each late department's clock and its application's clock warned of being overdue exactly once, and at no other
     * level; no clock warned twice at the same level.
     */
    List<String> differencesInWarnings() {
        List<String> differences = new ArrayList<>();
        Map<Warning, Long> times = warnings.values().stream()
                .collect(Collectors.groupingBy(warning -> warning, Collectors.counting()));
        times.forEach((warning, count) -> {
            if (count > 1) {
                differences.add(warning.clock() + ": warned " + count + " times " + warning.level());
            }
        });
        for (SectionPlan plan : sections.values()) {
            for (Warning overdue : plan.overdueWarnings()) {
                List<String> levels = warnings.values().stream().filter(overdue::sameClock).map(Warning::level)
                        .sorted().toList();
                if (!levels.equals(List.of("OVERDUE"))) {
                    differences.add(overdue.clock() + ": warned " + levels + ", planned [OVERDUE] once the clock moved");
                }
            }
        }
        return differences;
    }

    /** When (in nanoseconds) an inspection was last requested or done, or a decision last seen. */
    long lastProgress() {
        return lastProgress;
    }

    /** Requests and decisions delivered again (the same event, or the same department's request for a round). */
    long seenAgain() {
        return seenAgain.get();
    }

    /** Rounds whose every result is in and whose decision has not been seen yet. */
    long awaitingDecision() {
        return rounds.values().stream().filter(Round::awaitsDecision).count();
    }

    /** Sections whose last planned decision has not been seen yet (or, owing a material for good, a last result). */
    long unfinishedSections() {
        return sections.values().stream().filter(this::unfinished).count();
    }

    private boolean unfinished(SectionPlan plan) {
        Round last = rounds.get(key(plan.sectionId(), plan.rounds()));
        if (last == null) {
            return true;
        }
        synchronized (last) {
            return plan.accepted() ? last.decisions.isEmpty() : last.requested == 0 || last.results < last.requested;
        }
    }

    /** Inspections requested of the departments so far in this run. */
    long requestedInspections() {
        return rounds.values().stream().mapToLong(round -> {
            synchronized (round) {
                return round.requested;
            }
        }).sum();
    }

    /** What was seen of each section still awaiting its last planned decision: to explain a run that stalled. */
    List<String> unfinished() {
        List<String> lines = new ArrayList<>();
        for (SectionPlan plan : sections.values()) {
            if (!unfinished(plan)) {
                continue;
            }
            List<String> requested = seen.stream().filter(task -> task.sectionId().equals(plan.sectionId()))
                    .map(task -> task.department() + "/" + task.round()).sorted().toList();
            lines.add("section " + plan.sectionId() + " of application " + plan.applicationId() + ": requests seen "
                    + requested + ", rounds " + rounds.keySet().stream().filter(key -> key.startsWith(
                            plan.sectionId().toString())).map(key -> key + " " + describe(rounds.get(key))).toList());
        }
        return lines;
    }

    private static String describe(Round round) {
        synchronized (round) {
            return round.requested + " requested, " + round.results + " results, decisions " + round.decisions;
        }
    }

    /** Inspections requested so far in this run, by department. */
    Map<String, Long> requestedByDepartment() {
        Map<String, Long> byDepartment = new TreeMap<>();
        seen.forEach(task -> byDepartment.merge(task.department(), 1L, Long::sum));
        return byDepartment;
    }

    /** The ids of the decision events seen, each once. */
    List<String> decisionEventIds() {
        List<String> ids = new ArrayList<>();
        rounds.values().forEach(round -> {
            synchronized (round) {
                ids.addAll(round.decisionEventIds);
            }
        });
        return ids;
    }

    /** Every way the run's outcome differs from its plan, as the events showed it. */
    List<String> differencesFromPlan() {
        List<String> differences = new ArrayList<>();
        for (SectionPlan plan : sections.values()) {
            for (int number = 1; number <= plan.rounds(); number++) {
                Round round = rounds.get(key(plan.sectionId(), number));
                List<String> seen = round == null ? List.of() : round.decisions;
                List<String> expected = plan.expectedDecision(number).map(List::of).orElse(List.of());
                if (!seen.equals(expected)) {
                    differences.add("section " + plan.sectionId() + " round " + number + ": decisions " + seen
                            + " instead of " + expected);
                }
            }
            Round beyond = rounds.get(key(plan.sectionId(), plan.rounds() + 1));
            if (beyond != null) {
                differences.add("section " + plan.sectionId() + " has an unplanned round " + (plan.rounds() + 1));
            }
        }
        return differences;
    }

    private Round round(UUID sectionId, int round) {
        return rounds.computeIfAbsent(key(sectionId, round), any -> new Round());
    }

    private static String key(UUID sectionId, int round) {
        return sectionId + "/" + round;
    }
}
