package org.jointacceptance.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;

/**
 * The benchmark's findings: JSON for the record, a plot of throughput and latency against offered load, and the
 * targets the system is held to, each measured, met or missed.
 */
final class Report {

    /** An open-loop step sustains its rate when it completes at least this share of it. */
    private static final double SUSTAINED = 0.95;
    private static final Duration DECISIONS_KEPT_UP = Duration.ofSeconds(5);
    /** How many of a step's statements the report lists, those that took PostgreSQL the longest. */
    private static final int LONGEST_STATEMENTS = 12;

    private final Options options;
    private final ObjectNode json = Api.JSON.createObjectNode();
    private final ArrayNode steps;
    private final ArrayNode intake;
    private final List<Step.Measure> measures = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private double idleCores;
    private double idleStackCores;
    private Map<String, Cpu.Memory> idleMemory = Map.of();
    private final Starts starts;

    /**
     * How long the system took to start, in seconds, until it is ready as the local run says so: afresh (Keycloak
     * creating its schema and importing the realm, the services' caches recorded after a build) and again on the data
     * it kept, as {@code ./run} starts when nothing changed since the last build (the target's measure).
     */
    record Starts(double afreshSeconds, double dataKeptSeconds) {
        /** The system was started for another run as well, and not timed here. */
        static final Starts UNTIMED = new Starts(0, 0);
    }

    /** One target of the performance issue: what is wanted, what was measured. */
    record Target(String name, String wanted, String measured, boolean met) {
    }

    Report(Options options, Starts starts) {
        this.options = options;
        this.starts = starts;
        json.put("label", options.label()).put("date", OffsetDateTime.now().toString())
                .put("cores", Runtime.getRuntime().availableProcessors()).put("seed", options.seed())
                .put("marks", options.marksAtOnce() ? "at-once" : "one-by-one")
                .put("startSeconds", round(starts.afreshSeconds()))
                .put("startDataKeptSeconds", round(starts.dataKeptSeconds()));
        intake = json.putArray("intake");
        steps = json.putArray("steps");
    }

    void idle(Cpu.Sample end, Cpu.Sample start, double seconds, Map<String, Cpu.Memory> memory) {
        idleCores = end.coresBusySince(start, seconds);
        Map<String, Double> cpuSeconds = end.processSecondsSince(start);
        idleStackCores = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum() / seconds;
        idleMemory = memory;
        ObjectNode idle = json.putObject("idle").put("coresBusy", round(idleCores))
                .put("stackCoresBusy", round(idleStackCores))
                .put("residentMiBTotal", round(total(memory, Cpu.Memory::residentMiB)))
                .put("proportionalMiBTotal", round(total(memory, Cpu.Memory::proportionalMiB)));
        ObjectNode cpuByProcess = idle.putObject("cpuMillisPerSecond");
        cpuSeconds.forEach((name, each) -> cpuByProcess.put(name, round(1000 * each / seconds)));
        ObjectNode residentByProcess = idle.putObject("residentMiB");
        memory.forEach((name, each) -> residentByProcess.put(name, round(each.residentMiB())));
        ObjectNode proportionalByProcess = idle.putObject("proportionalMiB");
        memory.forEach((name, each) -> proportionalByProcess.put(name, round(each.proportionalMiB())));
    }

    void limits(List<MachineLimits.Inserts> inserts, MachineLimits.KafkaRoundTrip kafka) {
        ObjectNode limits = json.putObject("machineLimits");
        ArrayNode rows = limits.putArray("postgresCommittedInserts");
        inserts.forEach(each -> rows.addObject().put("connections", each.connections())
                .put("perSecond", Math.round(each.perSecond())));
        limits.putObject("kafkaRoundTrip").put("records", kafka.records()).put("p50Millis", round(kafka.p50Millis()))
                .put("p99Millis", round(kafka.p99Millis()));
    }

    void intake(int applications, double seconds, Cpu.Sample start, Cpu.Sample end) {
        ObjectNode row = intake.addObject().put("applications", applications).put("seconds", round(seconds))
                .put("perSecond", round(applications / seconds))
                .put("cpuMillisPerApplication", round(1000 * end.machineSecondsSince(start) / applications));
        ObjectNode byProcess = row.putObject("cpuMillisPerApplicationByProcess");
        end.processSecondsSince(start).forEach((name, cpuSeconds) ->
                byProcess.put(name, round(1000 * cpuSeconds / applications)));
    }

    void step(Step.Measure measure) {
        measures.add(measure);
        ObjectNode step = steps.addObject().put("label", measure.step.label())
                .put("openLoop", measure.step.openLoop()).put("load", measure.step.load())
                .put("seconds", round(measure.seconds())).put("results", measure.results())
                .put("resultsPerSecond", round(measure.resultsPerSecond()))
                .put("requestsPerResult", round((double) measure.requests() / Math.max(1, measure.results())))
                .put("startsWithoutWork", measure.starvedStarts())
                .put("busyAnswers", measure.busyAnswers())
                .put("sustained", sustained(measure))
                .put("coresBusy", round(measure.cpuAtEnd.coresBusySince(measure.cpuAtStart, measure.seconds())))
                .put("cpuMillisPerResult", round(cpuMillisPerResult(measure)));
        ObjectNode byProcess = step.putObject("cpuMillisPerResultByProcess");
        measure.cpuAtEnd.processSecondsSince(measure.cpuAtStart).forEach((name, seconds) ->
                byProcess.put(name, round(1000 * seconds / Math.max(1, measure.results()))));
        latencies(step.putObject("inspection"), measure.inspection);
        latencies(step.putObject("resultRequest"), measure.resultRequest);
        latencies(step.putObject("resultToDecision"), measure.resultToDecision);
        latencies(step.putObject("outboxToKafka"), measure.outboxToKafka);
        ObjectNode bySource = step.putObject("outboxToKafkaBySource");
        new TreeMap<>(measure.outboxToKafkaBySource)
                .forEach((source, lags) -> latencies(bySource.putObject(source), lags));
        latencies(step.putObject("commitToConsumer"), measure.commitToConsumer);
        latencies(step.putObject("eventTimeToKafka"), measure.eventTimeToKafka);
        database(step.putObject("database"), measure.databaseWork(), Math.max(1, measure.results()));
    }

    /**
     * What PostgreSQL did per result: statements and commits by database, the log written and flushed, and the
     * statements that took longest.
     */
    private static void database(ObjectNode database, DatabaseWork.Work work, long results) {
        database.put("statementsPerResult", round((double) work.allStatements() / results))
                .put("commitsPerResult", round((double) work.allCommits() / results))
                .put("walFlushesPerResult", round((double) work.wal().flushes() / results))
                .put("walKiBPerResult", round(work.wal().bytes() / 1024.0 / results))
                .put("executionMillisPerResult", round(work.executionMillis() / results));
        ObjectNode statements = database.putObject("statementsPerResultByDatabase");
        work.statements().forEach((name, count) -> statements.put(name, round((double) count / results)));
        ObjectNode commits = database.putObject("commitsPerResultByDatabase");
        work.commits().forEach((name, count) -> commits.put(name, round((double) count / results)));
        ArrayNode longest = database.putArray("longestStatements");
        work.longest(LONGEST_STATEMENTS).forEach(each -> longest.addObject()
                .put("database", each.getKey().database())
                .put("callsPerResult", round((double) each.getValue().calls() / results))
                .put("millisPerCall", round(each.getValue().millis() / each.getValue().calls()))
                .put("millisPerResult", round(each.getValue().millis() / results))
                .put("statement", each.getValue().text()));
    }

    void verification(int sections, Violations violations) {
        ObjectNode verification = json.putObject("verification").put("sections", sections)
                .put("violations", violations.count());
        ArrayNode first = verification.putArray("first");
        violations.first().forEach(first::add);
        evaluateTargets(violations.count() == 0);
    }

    /** Writes {@code <label>.json} and {@code <label>.png}; returns the JSON file. */
    Path write() throws IOException {
        Files.createDirectories(options.output());
        Path file = options.output().resolve(options.label() + ".json");
        Files.writeString(file, Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
        Plot.write(measures.stream().filter(measure -> measure.step.openLoop()).toList(),
                options.output().resolve(options.label() + ".png"), options.label());
        return file;
    }

    String targetTable() {
        StringBuilder table = new StringBuilder(String.format("%n%-58s %-14s %-22s %s%n", "Target", "Wanted", "Measured", ""));
        targets.forEach(target -> table.append(String.format("%-58s %-14s %-22s %s%n", target.name(), target.wanted(),
                target.measured(), target.met() ? "met" : "MISSED")));
        return table.toString();
    }

    static String summary(Step.Measure measure) {
        DatabaseWork.Work database = measure.databaseWork();
        long results = Math.max(1, measure.results());
        return String.format("%.1f results/s, %.1f ms CPU per result, %.0f SQL statements, %.1f commits and %.1f log "
                        + "flushes per result, result p99 %s, result->decision p50 %s p99 %s, commit->Kafka p99 %s (%s; "
                        + "to the benchmark's consumer %s; from the event's time %s)%s%s",
                measure.resultsPerSecond(), cpuMillisPerResult(measure), (double) database.allStatements() / results,
                (double) database.allCommits() / results, (double) database.wal().flushes() / results,
                millis(measure.resultRequest, 99),
                millis(measure.resultToDecision, 50), millis(measure.resultToDecision, 99),
                millis(measure.outboxToKafka, 99),
                new TreeMap<>(measure.outboxToKafkaBySource).entrySet().stream()
                        .map(source -> source.getKey() + " " + millis(source.getValue(), 99))
                        .collect(Collectors.joining(", ")),
                millis(measure.commitToConsumer, 99), millis(measure.eventTimeToKafka, 99),
                measure.starvedStarts() > 0 ? ", " + measure.starvedStarts() + " starts found no work" : "",
                measure.busyAnswers() > 0 ? ", " + measure.busyAnswers() + " answers busy (503)" : "");
    }

    /**
     * A step no service answered busy in (it shed no request); an open-loop step besides when it completed nearly
     * every inspection it started and its decisions did not fall behind (p99 from result to decision within
     * {@link #DECISIONS_KEPT_UP}).
     */
    static boolean sustained(Step.Measure measure) {
        return measure.busyAnswers() == 0 && (!measure.step.openLoop()
                || (measure.resultsPerSecond() >= SUSTAINED * measure.step.load() && measure.starvedStarts() == 0
                        && p99(measure.resultToDecision) < DECISIONS_KEPT_UP.toMillis()));
    }

    private void evaluateTargets(boolean noViolations) {
        if (!options.marksAtOnce()) { // the targets assume one mark per request
            loadTargets(noViolations);
        }
        double applied = 0;
        double seconds = 0;
        for (var each : intake) {
            applied += each.path("applications").asDouble();
            seconds += each.path("seconds").asDouble();
        }
        double intakeRate = seconds == 0 ? 0 : applied / seconds;
        targets.add(new Target("Intake, applications per second", ">= 30", String.format("%.1f", intakeRate),
                intakeRate >= 30));
        if (!idleMemory.isEmpty()) {
            idleTargets();
        }
        if (!starts.equals(Starts.UNTIMED)) {
            targets.add(new Target("Start to ready, nothing changed (./run)", "< 25 s",
                    String.format("%.1f s", starts.dataKeptSeconds()), starts.dataKeptSeconds() < 25));
        }
        ArrayNode rows = json.putArray("targets");
        targets.forEach(target -> rows.addObject().put("target", target.name()).put("wanted", target.wanted())
                .put("measured", target.measured()).put("met", target.met()));
    }

    private void loadTargets(boolean noViolations) {
        Optional<Step.Measure> fastest = measures.stream().filter(Report::sustained)
                .max(Comparator.comparingDouble(Step.Measure::resultsPerSecond));
        double best = fastest.map(Step.Measure::resultsPerSecond).orElse(0.0);
        targets.add(new Target("Inspection results per second, sustained, no errors", ">= 150",
                String.format("%.1f%s", best, noViolations ? "" : " (violations)"), noViolations && best >= 150));
        fastest.ifPresent(measure -> targets.add(new Target("Machine CPU per result (at the highest rate)", "<= 12 ms",
                String.format("%.1f ms", cpuMillisPerResult(measure)), cpuMillisPerResult(measure) <= 12)));
        Optional<Step.Measure> twenty = measures.stream()
                .filter(measure -> measure.step.openLoop() && measure.step.load() == 20).findFirst();
        twenty.ifPresent(measure -> {
            targets.add(new Target("Result -> decision p99 at 20 results/s", "< 100 ms",
                    millis(measure.resultToDecision, 99), p99(measure.resultToDecision) < 100));
            targets.add(new Target("Outbox: commit -> Kafka p99 at 20 results/s", "< 20 ms",
                    millis(measure.outboxToKafka, 99), p99(measure.outboxToKafka) < 20));
        });
        fastest.ifPresent(measure -> targets.add(new Target("Result -> decision p99 at the highest rate", "< 1 s",
                millis(measure.resultToDecision, 99), p99(measure.resultToDecision) < 1000)));
    }

    private void idleTargets() {
        Map.Entry<String, Double> largest = idleMemory.entrySet().stream() // of the project's own services
                .filter(entry -> !Set.of("postgres", "keycloak").contains(entry.getKey())
                        && !entry.getKey().startsWith("benchmark"))
                .map(entry -> Map.entry(entry.getKey(), entry.getValue().residentMiB()))
                .max(Map.Entry.comparingByValue()).orElse(Map.entry("-", 0.0));
        targets.add(new Target("Idle: largest service resident", "< 150 MiB",
                String.format("%.0f MiB (%s)", largest.getValue(), largest.getKey()), largest.getValue() < 150));
        // the machine's memory the stack takes: what processes share, counted once (the sum of resident memory
        // counts the JDK's code and a shared ahead-of-time cache once per JVM)
        double stack = total(idleMemory, Cpu.Memory::proportionalMiB);
        targets.add(new Target("Idle: whole stack, shared pages once (PSS)", "< 1600 MiB",
                String.format("%.0f MiB (resident summed: %.0f MiB)", stack,
                        total(idleMemory, Cpu.Memory::residentMiB)), stack < 1600));
        // the stack's own processes: the machine's count holds this machine's agents and the kernel's own work too
        targets.add(new Target("Idle: cores busy, the stack's processes", "< 0.02", String.format(
                "%.3f (the machine: %.3f)", idleStackCores, idleCores), idleStackCores < 0.02));
    }

    private static double cpuMillisPerResult(Step.Measure measure) {
        return 1000 * measure.cpuAtEnd.machineSecondsSince(measure.cpuAtStart) / Math.max(1, measure.results());
    }

    private static void latencies(ObjectNode node, Histogram micros) {
        node.put("count", micros.getTotalCount()).put("p50Millis", round(micros.getValueAtPercentile(50) / 1000.0))
                .put("p90Millis", round(micros.getValueAtPercentile(90) / 1000.0))
                .put("p99Millis", round(micros.getValueAtPercentile(99) / 1000.0))
                .put("maxMillis", round(micros.getMaxValue() / 1000.0));
    }

    static double p99(Histogram micros) {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(99) / 1000.0;
    }

    private static String millis(Histogram micros, double percentile) {
        if (micros.getTotalCount() == 0) {
            return "-";
        }
        double millis = micros.getValueAtPercentile(percentile) / 1000.0;
        return millis >= 1000 ? String.format("%.2f s", millis / 1000) : String.format("%.1f ms", millis);
    }

    private static double total(Map<String, Cpu.Memory> memory, ToDoubleFunction<Cpu.Memory> measure) {
        return memory.values().stream().mapToDouble(measure).sum();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
