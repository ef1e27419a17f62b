package org.jointacceptance.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.local.Department;
import org.jointacceptance.local.LocalStack;
import org.jointacceptance.local.ServiceProcess;
import org.jointacceptance.local.StackSettings;

/**
 * {@code ./run kill-and-compare}: starts the system scaled out (three Kafka brokers, two instances each of
 * acceptance-service, notification-service and fire, one of every other department), applies for a seeded set of
 * projects through the REST APIs and inspects them as the departments' inspectors do (a quarter of the sections
 * failed by one department in round 1 and rectified; one project in five owing a material at intake, supplied late
 * or never; special procedures; the firm's notices sent to a webhook receiver it runs, every notice mailed through a
 * mail server it runs), while it injects faults at seeded moments (see {@link Faults}); then it moves the clock on
 * (see {@link ClockMove}). Then it compares what came out with what went in: each section's decisions, round by
 * round, on Kafka and in the application's record; exactly one of each; the deadline warnings; the databases, the
 * webhook calls, the mails and the dead letters (see {@link Reconciliation}). It prints a table and exits 1 on any
 * violation.
 */
public final class KillAndCompare {

    static final String USAGE = """
            Usage: ./run kill-and-compare [--applications 30] [--faults 12] [--seed 1] [--summary FILE]
              Starts the scaled-out system afresh, applies for that many projects while it injects that many faults,
              compares the outcome with the plan, prints the table (and writes it into FILE, as Markdown).""";

    /** Fire protection's department-service twice, or the one serving every department when one does. */
    private static final Map<String, Integer> REPLICAS = Map.of("acceptance-service", 2, "notification-service", 2,
            "fire", 2, LocalStack.DEPARTMENTS, 2);
    private static final int BROKERS = 3;
    private static final int FIRMS = 2;
    private static final int INSPECTORS = 6;
    /** One project in so many owes a material at intake (supplied late or never). */
    private static final int OWING_ONE_IN = 5;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** How long the work may take at most: a quarter of an hour, and five seconds more for each project. */
    private static final Duration WORK_BASE = Duration.ofMinutes(15);
    private static final Duration WORK_PER_PROJECT = Duration.ofSeconds(5);
    private static final Duration SETTLING_AT_MOST = Duration.ofMinutes(3);
    /**
     * Webhooks to this machine allowed (the firm's receiver runs here), tried again within seconds for as long as the
     * run's patience, and taken over from a sender killed mid-send after 30 s.
     */
    private static final String WEBHOOKS_HERE = " -Dnotification.webhooks.allowed-hosts=127.0.0.1"
            + " -Dnotification.delivery.retry.initial-delay=1s -Dnotification.delivery.retry.max-delay=5s"
            + " -Dnotification.delivery.retry.max-attempts=60 -Dnotification.delivery.lease=30s"
            + " -Dnotification.delivery.send-timeout=15s";
    /** The lead center's and fire's mailboxes (the firm's is its application's contact). */
    private static final String MAILBOXES = " -Dnotification.mail.recipients.coordinator=coordinators@lead.localhost"
            + " -Dnotification.mail.recipients.supervisor=supervisors@lead.localhost"
            + " -Dnotification.mail.recipients.department.fire=fire@departments.localhost";
    /** About how long one fault takes, with the pause after it: the applications arrive over the faults' time. */
    private static final Duration PER_FAULT = Duration.ofSeconds(5);

    record Options(int applications, int faults, long seed, Path summary) {

        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("Expected --name value, got '" + args[i] + "'");
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            Options options = new Options(Integer.parseInt(given.getOrDefault("applications", "30")),
                    Integer.parseInt(given.getOrDefault("faults", "12")),
                    Long.parseLong(given.getOrDefault("seed", "1")),
                    given.containsKey("summary") ? Path.of(given.get("summary")) : null);
            given.keySet().removeAll(List.of("applications", "faults", "seed", "summary"));
            if (!given.isEmpty() || options.applications < 1 || options.faults < 0) {
                throw new IllegalArgumentException("Unknown or wrong option(s): " + given.keySet());
            }
            return options;
        }
    }

    private final Options options;
    private final LocalStack stack;
    private final MailServer mailServer;
    private final Violations violations = new Violations();
    private final Ledger ledger = new Ledger();
    private final Map<String, AtomicLong> callsByInstance = new ConcurrentHashMap<>();
    private final Map<Integer, List<String>> instancesByPort = new HashMap<>();
    private final Random routing = new Random();
    private final Api api;

    /** A run on {@code stack}, started with {@link #settings} for {@code mailServer}. */
    KillAndCompare(Options options, LocalStack stack, MailServer mailServer) {
        this.options = options;
        this.stack = stack;
        this.mailServer = mailServer;
        for (ServiceProcess service : stack.services()) {
            String family = service.name().replaceFirst("-[0-9]$", "");
            instancesByPort.computeIfAbsent(stack.service(family).port(), any -> new ArrayList<>()).add(service.name());
        }
        this.api = new Api(violations, this::route, PATIENCE);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("jointacceptance.home", ".")).toAbsolutePath().normalize();
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Path data = Files.createTempDirectory("joint-acceptance-kill-and-compare");
        System.out.println("Starting the system scaled out (data in " + data + ") ...");
        MailServer mailServer = new MailServer();
        LocalStack stack = LocalStack.start(settings(home, data, mailServer),
                message -> System.out.println("  " + message));
        AtomicBoolean keepLogs = new AtomicBoolean(true); // a run cut short keeps them too
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            mailServer.close();
            if (keepLogs.get()) {
                keepLogs(data);
            }
            Benchmark.delete(data);
        }, "kill-and-compare-stop"));
        boolean passed;
        try {
            passed = new KillAndCompare(options, stack, mailServer).run();
        } catch (Exception e) {
            e.printStackTrace();
            passed = false;
        }
        keepLogs.set(!passed || !stack.stoppedOnTheirOwn().isEmpty());
        System.exit(passed ? 0 : 1);
    }

    /** Keeps the processes' logs of a run that failed, or in which a service stopped on its own, to be read after it. */
    private static void keepLogs(Path data) {
        try {
            Path kept = Files.createTempDirectory("joint-acceptance-kill-and-compare-logs").resolve("logs");
            Files.move(data.resolve("logs"), kept);
            System.out.println("The processes' logs are kept in " + kept);
        } catch (IOException e) {
            System.err.println("Could not keep the logs: " + e.getMessage());
        }
    }

    /**
     * The system scaled out on free ports with its data in {@code data}: three brokers; two instances each of
     * acceptance-service, notification-service and fire (or of the department-service serving every department); the engine alone (see {@link Benchmark#ENGINE_ONLY}); notices
     * mailed through {@code mailServer} too (to the firm's contact, the coordinators, the supervisors and fire).
     */
    static StackSettings settings(Path home, Path data, MailServer mailServer) {
        StackSettings settings = StackSettings.anyFreePorts(home, data).scaledOut(BROKERS, REPLICAS);
        return settings.withServiceJvmOptions(settings.serviceJvmOptions() + Benchmark.ENGINE_ONLY + WEBHOOKS_HERE
                + " -Dnotification.mail.enabled=true -Dquarkus.mailer.host=127.0.0.1 -Dquarkus.mailer.port="
                + mailServer.port() + MAILBOXES + ClockMove.DATE_CHECKS).withServiceEnvironment(ClockMove.DIGEST_CRON);
    }

    /** Works the system while faults are injected, then compares; true when nothing was lost or doubled. */
    boolean run() throws Exception {
        JsonNode example = Api.JSON.readTree(Files.readString(stack.home().resolve("docs/examples/application.json")));
        User firmUser = User.applicant("kill-and-compare-firm", Benchmark.FIRM_CREDIT_CODE);
        ScheduledExecutorService supplies = Executors.newSingleThreadScheduledExecutor(
                Load.daemon("kill-and-compare-supply"));
        Firm firm = new Firm(api, violations, ledger, stack.service("acceptance-service").baseUrl(),
                () -> token(firmUser), example).varied(OWING_ONE_IN, supplies);
        token(firmUser); // signed in before the faults begin, as is each inspector
        Department.ALL.forEach(department -> inspectorToken(department.code()));
        Load load = new Load(ledger, null, null, new Inspector(api, ledger,
                department -> stack.department(department).map(ServiceProcess::baseUrl).orElseThrow(),
                this::inspectorToken, false));
        ExecutorService firmWork = Executors.newFixedThreadPool(FIRMS + 2, Load.daemon("kill-and-compare-firm"));
        AtomicBoolean applying = new AtomicBoolean(true);
        Reconciliation reconciliation = new Reconciliation(stack, ledger, violations);
        ClockMove clockMove = new ClockMove(stack, ledger, violations, System.out::println);
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        long applied;
        long eventsRead;
        Faults faults;
        Reconciliation.Webhooks webhooks;
        Reconciliation.Mails mails;
        try (WebhookReceiver receiver = new WebhookReceiver();
                EventWatch events = new EventWatch(stack.kafkaBootstrapServers(), ledger, violations, firmWork,
                        notice -> firm.rectify(notice.applicationId(), notice.sectionId(), notice.findings()))) {
            api.post(stack.service("notification-service").baseUrl() + "/webhooks", token(firmUser),
                    Map.of("url", receiver.url()), 201);
            faults = new Faults(stack, receiver, mailServer, options.seed(), options.faults(), System.out::println);
            Faults injecting = faults;
            Thread faulting = new Thread(() -> { // then the days move on
                injecting.run();
                clockMove.run(applying::get);
            }, "kill-and-compare-faults");
            faulting.start();
            Future<Long> applications = firmWork.submit(() -> apply(firm, firmWork, applying));
            long end = System.nanoTime() + WORK_BASE.plus(WORK_PER_PROJECT.multipliedBy(options.applications()))
                    .toNanos();
            load.workWhile(INSPECTORS, () -> System.nanoTime() < end
                    && (applying.get() || ledger.unfinishedSections() > 0 && !stalled()), violations);
            applied = applications.get();
            ledger.unfinished().forEach(section -> System.out.println("  unfinished: " + section));
            faulting.join();
            faults.failure().ifPresent(e -> violations.record("a fault could not be injected: " + e));
            System.out.println("Work done in " + Math.round((System.nanoTime() - started) / 1e9)
                    + " s; waiting until every service is ready and every outbox published ...");
            stack.services().forEach(service -> stack.awaitReady(service.name()));
            reconciliation.awaitOutboxesPublished(SETTLING_AT_MOST);
            eventsRead = events.read();
            webhooks = reconciliation.compareWebhookDeliveries("applicant:" + Benchmark.FIRM_CREDIT_CODE,
                    receiver.url(), receiver, SETTLING_AT_MOST);
            mails = reconciliation.compareMailDeliveries(mailServer, SETTLING_AT_MOST);
        } finally {
            firmWork.shutdownNow();
            supplies.shutdownNow();
        }
        System.out.println("Comparing " + ledger.sections().size() + " sections with the plan ...");
        ledger.differencesFromPlan().forEach(violations::record);
        ledger.differencesInWarnings().forEach(violations::record);
        ledger.differencesInMaterialsOverdue().forEach(violations::record);
        firm.compareRecordsWithPlan();
        Reconciliation.Counts counts = reconciliation.compare(Benchmark.FIRM_CREDIT_CODE);
        long warningNotices = reconciliation.compareWarningNotices(SETTLING_AT_MOST);
        long stoppedForMaterials = reconciliation.compareClocksStoppedForMaterials();
        long digests = reconciliation.compareDailyDigests(clockMove.movedTo(), mailServer, SETTLING_AT_MOST);
        long deadLetters = reconciliation.compareDeadLetters(faults.malformed());
        Map<String, Long> appliedByInstance = reconciliation.compareEventsAppliedByInstance(startedAt);
        String table = table(faults, clockMove, applied, eventsRead, counts, new Warned(warningNotices,
                stoppedForMaterials, digests), webhooks, mails, deadLetters, appliedByInstance);
        System.out.println(table);
        if (options.summary() != null) {
            Files.createDirectories(options.summary().toAbsolutePath().getParent());
            Files.writeString(options.summary(), "Kill-and-compare run of " + LocalDate.now() + ", seed "
                    + options.seed() + " (`./run kill-and-compare --applications " + options.applications()
                    + " --faults " + options.faults() + " --seed " + options.seed() + "`):\n\n" + table + "\n"
                    + "\nFaults, in order:\n\n" + faults.injected().stream().map(fault -> String.format(
                            "- %.1f s: %s %s", fault.at(), fault.kind(), fault.target()))
                            .collect(Collectors.joining("\n")) + "\n");
        }
        if (violations.count() > 0) {
            System.out.println(violations.count() + " violation(s); the first:");
            violations.first().forEach(violation -> System.out.println("  " + violation));
            return false;
        }
        return true;
    }

    /**
     * The firms apply for the projects, their applications spread over the time the faults take; returns how many
     * projects were applied for (an application whose draft's creation was cut off is not).
     */
    private long apply(Firm firm, ExecutorService firmWork, AtomicBoolean applying) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong applied = new AtomicLong();
        long pause = PER_FAULT.toMillis() * options.faults() * FIRMS / options.applications();
        List<Future<?>> firms = new ArrayList<>();
        for (int i = 0; i < FIRMS; i++) {
            firms.add(firmWork.submit(() -> {
                int number;
                while ((number = next.incrementAndGet()) <= options.applications()) {
                    if (firm.apply(options.seed(), number) > 0) {
                        applied.incrementAndGet();
                    }
                    Thread.sleep(pause);
                }
                return null;
            }));
        }
        try {
            for (Future<?> each : firms) {
                each.get();
            }
        } finally {
            applying.set(false);
        }
        return applied.get();
    }

    /** True when nothing has happened for longer than a call's patience: what is left will not come. */
    private boolean stalled() {
        return System.nanoTime() - ledger.lastProgress() > PATIENCE.plusMinutes(1).toNanos();
    }

    /**
     * What the clock's move set off: notices of deadline warnings, clocks stopped for materials owed, the coordinators'
     * daily digests told.
     */
    private record Warned(long notices, long stoppedForMaterials, long digests) {
    }

    private String table(Faults faults, ClockMove clockMove, long applied, long eventsRead,
            Reconciliation.Counts counts, Warned warned, Reconciliation.Webhooks webhooks, Reconciliation.Mails mails,
            long deadLetters, Map<String, Long> appliedByInstance) {
        Map<String, Long> calls = new TreeMap<>();
        callsByInstance.forEach((instance, count) -> calls.put(instance, count.get()));
        long decisions = ledger.decisionEventIds().size();
        return String.join("\n",
                "| what | how many |",
                "|---|---|",
                "| faults injected | " + faults.injected().size() + " " + faults.byKind() + " |",
                "| projects applied for, sections | " + applied + ", " + ledger.sections().size() + " |",
                "| projects owing a material at intake: supplied late, never | " + owing(Ledger.Owed.SUPPLIED_LATE)
                        + ", " + owing(Ledger.Owed.NEVER_SUPPLIED) + " |",
                "| the clock moved ahead: working days (calendar days) | " + ClockMove.WORKING_DAYS_AHEAD + " ("
                        + clockMove.days() + ") |",
                "| deadline warnings (of the late departments' clocks and their applications'), notices of them | "
                        + ledger.warnings().size() + " (" + 2 * ledger.lateTasks().size() + "), " + warned.notices()
                        + " |",
                "| materials owed past the promise: announced, clocks stopped for them | "
                        + ledger.materialsOverdue() + ", " + warned.stoppedForMaterials() + " |",
                "| the coordinators' daily digests of the days moved to (each notification-service tries every 3 s), "
                        + "told once each | " + warned.digests() + " |",
                "| events read from Kafka (delivered again) | " + eventsRead + " (" + ledger.seenAgain() + ") |",
                "| inspections held by the departments | " + counts.inspections() + " |",
                "| decisions (on Kafka, each once) | " + decisions + " |",
                "| opinions, overall filings | " + counts.opinions() + ", " + counts.filings() + " |",
                "| special procedures, clock pauses for them | " + ledger.procedures().size() + ", "
                        + counts.clockPauses() + " |",
                "| notices of decisions to the firm | " + counts.notices() + " |",
                "| the firm's notices delivered to its webhook (calls received again) | " + webhooks.delivered()
                        + " (" + webhooks.callsAgain() + ") |",
                "| mails of the run's notices sent (received again) | " + mails.sent() + " (" + mails.receivedAgain()
                        + ") |",
                "| unreadable records sent, dead letters of them | " + faults.malformed().size() + ", " + deadLetters
                        + " |",
                "| services that stopped on their own, started again | " + stoppedOnTheirOwn() + " |",
                "| calls made again (service down, call cut off) | " + api.attemptsAgain() + " |",
                "| calls (attempts) by instance | " + calls + " |",
                "| events applied by instance | " + appliedByInstance + " |",
                "| violations | " + violations.count() + " |");
    }

    /** How many services stopped on their own (and which), each time one did. */
    private String stoppedOnTheirOwn() {
        List<String> stopped = stack.stoppedOnTheirOwn();
        return stopped.isEmpty() ? "0" : stopped.size() + " " + stopped;
    }

    /** How many of the projects applied for owe a material so. */
    private long owing(Ledger.Owed owed) {
        return ledger.sections().values().stream().filter(plan -> plan.owed() == owed)
                .map(Ledger.SectionPlan::applicationId).distinct().count();
    }

    /**
     * Each attempt goes to a live instance of the service the address names (as a load balancer in front of its
     * replicas would send it), drawn at random.
     */
    private URI route(URI address) {
        List<String> instances = instancesByPort.get(address.getPort());
        if (instances == null) {
            return address;
        }
        List<ServiceProcess> alive = instances.stream().map(stack::service).filter(ServiceProcess::isAlive).toList();
        ServiceProcess chosen = alive.isEmpty() ? stack.service(instances.get(0))
                : alive.get(routing.nextInt(alive.size()));
        callsByInstance.computeIfAbsent(chosen.name(), any -> new AtomicLong()).incrementAndGet();
        return URI.create(chosen.baseUrl() + address.getRawPath()
                + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery()));
    }

    private String inspectorToken(String department) {
        return token(User.inspector("kill-and-compare-" + department + "-inspector", department));
    }

    /**
     * A token for {@code user} (the stack keeps it, and signs in again shortly before it expires), waiting while
     * Keycloak cannot sign anyone in: its database may be down.
     */
    private String token(User user) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return stack.token(user);
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw violations.record("cannot sign in as " + user.name() + ": " + e.getMessage());
                }
                Load.pause(Duration.ofSeconds(1));
            }
        }
    }
}
