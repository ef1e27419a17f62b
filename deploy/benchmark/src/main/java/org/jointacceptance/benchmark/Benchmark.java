package org.jointacceptance.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.jointacceptance.infrastructure.EmbeddedPostgresServer;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.local.Department;
import org.jointacceptance.local.LocalStack;
import org.jointacceptance.local.LocalStack.StartupListener;
import org.jointacceptance.local.ServiceProcess;
import org.jointacceptance.local.StackSettings;

/**
 * {@code ./run benchmark}: starts the whole system afresh as the local run does, then again on the data it kept (as
 * {@code ./run} starts when nothing changed), measures it idle and the machine's own limits, then loads it step by
 * step through the REST APIs as firms and inspectors use them, checks every section's outcome against its plan, and
 * writes the report. Exits 1 when anything went wrong: a run with a violation is not a result.
 */
public final class Benchmark {

    static final String FIRM_CREDIT_CODE = "91210200MA0QC8K63J";
    private static final Duration IDLE_SETTLING = Duration.ofSeconds(60);
    private static final Duration IDLE_MEASURED = Duration.ofSeconds(20);
    private static final Duration DECISIONS_AWAITED = Duration.ofSeconds(60);
    private static final Duration DRAIN_AT_MOST = Duration.ofMinutes(10);

    /** What is loaded is the engine: no window officer reviews a submission, no leader signs a decision. */
    static final String ENGINE_ONLY =
            " -Dacceptance.intake.review-working-days=0 -Dacceptance.lead-center.auto-sign-after-working-days=0";

    private final Options options;
    private final LocalStack stack;
    private final Violations violations = new Violations();
    private final Ledger ledger = new Ledger();
    private final Api api = new Api(violations);
    private final Firm firm;
    private final Cpu cpu;
    private final DatabaseWork database;
    private final Report report;
    private final AtomicInteger applications = new AtomicInteger();
    private final Map<String, String> inspectorTokens = new ConcurrentHashMap<>();

    /** A run on {@code stack}, whose starts were timed ({@link Report.Starts#UNTIMED}: started for other runs too). */
    Benchmark(Options options, LocalStack stack, Report.Starts starts) throws Exception {
        this.options = options;
        this.stack = stack;
        JsonNode example = Api.JSON.readTree(Files.readString(stack.home().resolve("docs/examples/application.json")));
        String firmToken = stack.token(User.applicant("benchmark-firm", FIRM_CREDIT_CODE));
        this.firm = new Firm(api, violations, ledger, stack.service("acceptance-service").baseUrl(), () -> firmToken,
                example);
        Map<String, Long> processes = new LinkedHashMap<>();
        stack.services().forEach(service -> processes.put(service.name(), service.pid()));
        processes.put("keycloak", stack.keycloak().process().pid());
        processes.put("benchmark and Kafka", ProcessHandle.current().pid());
        signInBeforeMeasuring();
        this.cpu = new Cpu(processes);
        this.database = new DatabaseWork(stack.jdbcUrl("postgres"), EmbeddedPostgresServer.USER);
        this.report = new Report(options, starts);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("jointacceptance.home", ".")).toAbsolutePath().normalize();
        Options options;
        try {
            options = Options.parse(args, home);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        Path data = Files.createTempDirectory("joint-acceptance-benchmark");
        // the services start as the local run starts them, from their ahead-of-time caches, the departments together
        // or apart as JA_DEPARTMENTS says
        StackSettings settings = StackSettings.anyFreePorts(home, data)
                .withAheadOfTimeCache(StackSettings.wantsAheadOfTimeCache(System.getenv()))
                .withDepartmentsTogether(StackSettings.departmentsTogether(System.getenv("JA_DEPARTMENTS")));
        String jvmOptions = System.getenv("JA_SERVICE_JVM_OPTIONS");
        if (jvmOptions != null && !jvmOptions.isBlank()) {
            settings = settings.withServiceJvmOptions(jvmOptions);
        }
        settings = settings.withServiceJvmOptions(settings.serviceJvmOptions() + ENGINE_ONLY);
        StartupListener progress = message -> System.out.println("  " + message);
        AtomicReference<LocalStack> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { // also on Ctrl-C
            Optional.ofNullable(running.getAndSet(null)).ifPresent(LocalStack::close);
            delete(data);
        }, "benchmark-stop"));
        System.out.println("Starting the whole system afresh (data in " + data + ") ...");
        long starting = System.nanoTime();
        running.set(LocalStack.start(settings, progress));
        double afresh = (System.nanoTime() - starting) / 1e9;
        System.out.printf("Ready afresh after %.1f s.%n", afresh);
        System.out.println("Stopping it, then starting it on the data it kept, as ./run starts when nothing changed ...");
        running.getAndSet(null).close();
        starting = System.nanoTime();
        running.set(LocalStack.start(settings, progress));
        running.get().sampleTokens(); // as the local run signs its sample users in before it says it is running
        Report.Starts starts = new Report.Starts(afresh, (System.nanoTime() - starting) / 1e9);
        System.out.printf("Ready on the data it kept after %.1f s.%n", starts.dataKeptSeconds());
        boolean passed;
        try {
            passed = new Benchmark(options, running.get(), starts).run();
        } catch (Exception e) {
            e.printStackTrace();
            passed = false;
        }
        System.exit(passed ? 0 : 1);
    }

    static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }

    /** Loads the system step by step, verifies and writes the report; true when nothing went wrong. */
    boolean run() throws Exception {
        if (options.idleAndLimits()) {
            measureIdle();
            measureMachineLimits();
        }
        ExecutorService firmWork = Executors.newFixedThreadPool(options.firms(), Load.daemon("benchmark-firm"));
        Load load = new Load(ledger, cpu, database, new Inspector(api, ledger,
                department -> stack.department(department).map(ServiceProcess::baseUrl).orElseThrow(),
                this::inspectorToken, options.marksAtOnce()));
        try (EventWatch events = new EventWatch(stack.kafkaBootstrapServers(), ledger, violations, firmWork,
                notice -> firm.rectify(notice.applicationId(), notice.sectionId(), notice.findings()))) {
            double expectedRate = 30;
            for (Step step : options.steps()) {
                long wanted = Math.round((step.openLoop() ? step.load() * 1.2 : expectedRate * 2)
                        * (step.warmup().plus(step.duration()).toSeconds())) + 50;
                apply(wanted - ledger.tasks().size(), firmWork);
                System.out.println("Step " + step.label() + ": " + ledger.tasks().size() + " inspections waiting");
                Step.Measure measure = load.run(step, violations);
                awaitDecisions();
                report.step(measure);
                System.out.println("  " + Report.summary(measure));
                expectedRate = Math.max(expectedRate, measure.resultsPerSecond());
                if (step.openLoop() && !Report.sustained(measure)) {
                    System.out.println("  not sustained: the open-loop steps end here");
                    break;
                }
            }
            System.out.println("Inspecting what is left, to check every section's outcome ...");
            load.drain(16, DRAIN_AT_MOST, violations);
            awaitDecisions();
        } finally {
            firmWork.shutdownNow();
        }
        verify();
        report.verification(ledger.sections().size(), violations);
        Path written = report.write();
        System.out.println(report.targetTable());
        System.out.println("Report: " + written + " and " + written.resolveSibling(options.label() + ".png"));
        if (violations.count() > 0) {
            System.out.println(violations.count() + " violation(s); the first:");
            violations.first().forEach(violation -> System.out.println("  " + violation));
            return false;
        }
        return true;
    }

    /** What the system uses doing nothing: after it settles, CPU over a few seconds and resident memory. */
    private void measureIdle() throws InterruptedException {
        System.out.println("Measuring the system idle ...");
        Thread.sleep(IDLE_SETTLING.toMillis());
        Cpu.Sample before = cpu.sample();
        Thread.sleep(IDLE_MEASURED.toMillis());
        Cpu.Sample after = cpu.sample();
        report.idle(after, before, IDLE_MEASURED.toMillis() / 1000.0, cpu.memory());
    }

    private void measureMachineLimits() throws Exception {
        System.out.println("Measuring the machine's limits: PostgreSQL inserts, Kafka round trip ...");
        String probe = stack.createDatabase("benchmark_probe");
        report.limits(List.of(
                        MachineLimits.inserts(probe, EmbeddedPostgresServer.USER, 1, Duration.ofSeconds(5)),
                        MachineLimits.inserts(probe, EmbeddedPostgresServer.USER, 16, Duration.ofSeconds(5))),
                MachineLimits.kafkaRoundTrip(stack.kafkaBootstrapServers(), 500));
    }

    /**
     * Applies until about {@code inspections} more inspections are requested, as {@code firms} firms at once, and
     * waits until every one of them has reached Kafka. Intake is measured on the way.
     */
    private void apply(long inspections, ExecutorService firmWork) throws Exception {
        if (inspections <= 0) {
            return;
        }
        long requestedBefore = ledger.requestedInspections();
        AtomicLong requested = new AtomicLong();
        Cpu.Sample before = cpu.sample();
        long started = System.nanoTime();
        List<Future<?>> firms = new ArrayList<>();
        AtomicInteger applied = new AtomicInteger();
        for (int i = 0; i < options.firms(); i++) {
            firms.add(firmWork.submit(() -> {
                while (requested.get() < inspections) {
                    requested.addAndGet(firm.apply(options.seed(), applications.incrementAndGet()));
                    applied.incrementAndGet();
                }
            }));
        }
        for (Future<?> each : firms) {
            each.get(); // a firm's failed request is a violation: it ends the run
        }
        long appliedAt = System.nanoTime();
        double seconds = (appliedAt - started) / 1e9;
        report.intake(applied.get(), seconds, before, cpu.sample());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (ledger.requestedInspections() < requestedBefore + requested.get() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        try (ConsumerLag lag = new ConsumerLag(stack.kafkaBootstrapServers())) {
            long left = lag.awaitCaughtUp(Duration.ofMinutes(5)); // the departments file every request first
            System.out.printf(left > 0 ? "  the services are still " + left + " events behind after %.1f s%n"
                    : "  the services caught up %.1f s after the last application%n",
                    (System.nanoTime() - appliedAt) / 1e9);
        }
    }

    /** Waits until every round whose results are all in has its decision, for at most a minute. */
    private void awaitDecisions() throws InterruptedException {
        long deadline = System.nanoTime() + DECISIONS_AWAITED.toNanos();
        while (ledger.awaitingDecision() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Every section's decisions, as Kafka announced them and as acceptance-service records them, are as planned. */
    private void verify() {
        System.out.println("Verifying " + ledger.sections().size() + " sections ...");
        ledger.differencesFromPlan().forEach(violations::record);
        firm.compareRecordsWithPlan();
    }

    /**
     * Signs in each department's benchmark inspector and reads its inbox once, so that no measured request pays for
     * a sign-in or for a service's first fetch of the realm's keys.
     */
    private void signInBeforeMeasuring() {
        Department.ALL.forEach(department -> stack.department(department.code()).ifPresent(service ->
                api.get(service.baseUrl() + "/inspections?state=PENDING", inspectorToken(department.code()))));
    }

    /** The token of the department's benchmark inspector: one user per department, signed in before measuring. */
    private String inspectorToken(String department) {
        return inspectorTokens.computeIfAbsent(department,
                any -> stack.token(User.inspector("benchmark-" + department + "-inspector", department)));
    }
}
