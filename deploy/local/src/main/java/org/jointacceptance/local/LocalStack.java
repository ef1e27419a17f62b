package org.jointacceptance.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jointacceptance.infrastructure.EmbeddedKafkaBroker;
import org.jointacceptance.infrastructure.KafkaCluster;
import org.jointacceptance.infrastructure.EmbeddedPostgresServer;
import org.jointacceptance.infrastructure.FreePorts;
import org.jointacceptance.infrastructure.tokens.User;

/**
 * The whole system on one machine: PostgreSQL, Kafka (one broker, or a cluster of several, each its own process) and
 * Keycloak, then acceptance-service, one department-service for every department (or one each, as the settings say),
 * notification-service and the web portal, each its own process, and as many more replicas of a service as the
 * settings ask (named {@code <service>-2}..., started once the first is ready, sharing its database and consumer
 * group). Once everything is up, a service that stops on its own is started again at once, as a process supervisor
 * would. Closing it stops everything it started.
 */
public final class LocalStack implements AutoCloseable {

    /** The topics of the event catalogue (docs/events.md), created before any service subscribes. */
    static final List<String> TOPICS = List.of("acceptance.events", "department.events", "notification.events",
            "acceptance.events.dead-letter", "department.events.dead-letter");

    /** Each topic's partitions: as many as replicas of a service may share its consumer group's work. */
    public static final int PARTITIONS = 3;

    /** The web portal's name among the services. */
    static final String PORTAL = "web-portal";

    /** The name of the department-service that serves every department, when one does. */
    public static final String DEPARTMENTS = "departments";

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final Path LAUNCHERS_JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private final StackSettings settings;
    private final Optional<AheadOfTimeCache> aheadOfTimeCache;
    /** Read by callers while a service is crashed and started again. */
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final Map<String, Launch> launches = new ConcurrentHashMap<>();
    private final List<String> stoppedOnTheirOwn = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService supervision = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-run-supervision");
        thread.setDaemon(true);
        return thread;
    });
    private EmbeddedPostgresServer postgres;
    private final List<Replica> replicas = new ArrayList<>();
    private EmbeddedKafkaBroker kafka;
    private KafkaCluster kafkaCluster;
    private String kafkaBootstrapServers;
    private Keycloak keycloak;
    private int portalPort;

    /** Stops what the stack started should the JVM end without closing it (Ctrl-C while it starts, for instance). */
    private final Thread stopAtExit = new Thread(this::close, "local-stack-stop");
    private volatile boolean closed;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
        this.aheadOfTimeCache = settings.aheadOfTimeCache()
                ? AheadOfTimeCache.find(settings.home(), System.getenv()) : Optional.empty();
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Starts everything and returns once every service reports ready; on failure, stops what was started. */
    public static LocalStack start(StackSettings settings, StartupListener listener) {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startInfrastructure(listener);
            stack.startServices(listener);
            List<ServiceProcess> starting = new ArrayList<>(stack.services);
            starting.add(0, stack.keycloak.process());
            stack.awaitReady(starting, listener);
            stack.startReplicas(listener);
            stack.supervision.scheduleWithFixedDelay(() -> stack.startAgainWhatStopped(listener), 1, 1,
                    TimeUnit.SECONDS);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Progress reports while the stack starts. */
    public interface StartupListener {
        void step(String message);
    }

    public Path home() {
        return settings.home();
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** The first instance of the department-service that serves {@code code}. */
    public Optional<ServiceProcess> department(String code) {
        String name = settings.departmentsTogether() ? DEPARTMENTS : "department-" + code;
        return services.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** The Kafka cluster, when the stack runs one of several brokers (each of which can be killed and restarted). */
    public Optional<KafkaCluster> kafkaCluster() {
        return Optional.ofNullable(kafkaCluster);
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** Creates an empty database on the stack's PostgreSQL beside the services' own; returns its JDBC URL. */
    public String createDatabase(String database) {
        postgres.createDatabase(database);
        return postgres.jdbcUrl(database);
    }

    public Keycloak keycloak() {
        return keycloak;
    }

    /** Where the web portal is to be reached: the address Keycloak sends signed-in users back to. */
    public String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    /** A token for {@code user} from the stack's Keycloak, which every service trusts; made in the realm if new. */
    public String token(User user) {
        return keycloak.users().token(user);
    }

    /**
     * A token for each sample user, in the order the guide lists them: the one the previous run wrote into the data
     * folder while it still speaks for its user here ({@link KeycloakUsers#speaksFor}), else a new one, two signed in
     * at a time, as Keycloak hashes each password on one core.
     */
    public Map<SampleUsers.Named, String> sampleTokens() {
        List<SampleUsers.Named> samples = SampleUsers.all(settings.departments());
        keycloak.users().keep(writtenTokens(samples));
        ExecutorService signIns = Executors.newFixedThreadPool(2);
        try {
            Map<SampleUsers.Named, CompletableFuture<String>> pending = new LinkedHashMap<>();
            samples.forEach(sample -> pending.put(sample,
                    CompletableFuture.supplyAsync(() -> token(sample.user()), signIns)));
            Map<SampleUsers.Named, String> issued = new LinkedHashMap<>();
            pending.forEach((sample, token) -> issued.put(sample, token.join()));
            return issued;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            signIns.shutdownNow();
        }
    }

    /** The tokens of {@code samples} in {@code tokens.env}, as an earlier run wrote them; none without that file. */
    private Map<User, String> writtenTokens(List<SampleUsers.Named> samples) {
        Map<String, String> byVariable = new HashMap<>();
        try {
            if (Files.isRegularFile(tokensFile())) {
                Files.readAllLines(tokensFile()).stream()
                        .filter(line -> line.startsWith("export ") && line.contains("="))
                        .forEach(line -> byVariable.put(line.substring("export ".length(), line.indexOf('=')),
                                line.substring(line.indexOf('=') + 1)));
            }
        } catch (IOException e) {
            return Map.of(); // as if there were none: new tokens are issued
        }
        Map<User, String> written = new HashMap<>();
        samples.stream().filter(sample -> byVariable.containsKey(sample.variable()))
                .forEach(sample -> written.put(sample.user(), byVariable.get(sample.variable())));
        return written;
    }

    private Path tokensFile() {
        return settings.dataDirectory().resolve("tokens.env");
    }

    /** Writes the tokens into {@code tokens.env} in the data folder, as shell variables to source; returns the file. */
    public Path writeTokens(Map<SampleUsers.Named, String> issued) {
        StringBuilder file = new StringBuilder("# Tokens of the local run's sample users from its Keycloak, valid until "
                + issued.values().stream().map(KeycloakUsers::expiry).min(Comparator.naturalOrder()).orElseThrow()
                + ": source this file. More: ./run token ROLE NAME ...\n");
        issued.forEach((sample, token) -> file.append("export ").append(sample.variable()).append('=').append(token)
                .append('\n'));
        Path tokensFile = tokensFile();
        try {
            Files.writeString(tokensFile, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + tokensFile, e);
        }
        return tokensFile;
    }

    private void startInfrastructure(StartupListener listener) {
        Path data = settings.dataDirectory();
        postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), settings.postgresPort(),
                EmbeddedPostgresServer.Durability.DURABLE);
        listener.step("PostgreSQL " + postgres.port() + " ready, data in " + data.resolve("postgres"));
        int keycloakPort = port(settings.keycloakPort(), "Keycloak");
        portalPort = port(settings.portalPort(), "web portal");
        postgres.createDatabase("keycloak");
        keycloak = Keycloak.start(settings, keycloakPort, postgres.jdbcUrl("keycloak"), EmbeddedPostgresServer.USER,
                portalUrl(), KeycloakSecrets.ofDataFolder(settings), System.getenv());
        listener.step("Keycloak starting at " + keycloak.url() + ", log in " + keycloak.process().log());
        if (settings.kafkaBrokers() == 1) {
            kafka = EmbeddedKafkaBroker.start(data.resolve("kafka"), settings.kafkaPort());
            kafka.createTopics(TOPICS, PARTITIONS);
            kafkaBootstrapServers = kafka.bootstrapServers();
            listener.step("Kafka " + kafkaBootstrapServers + " ready, data in " + data.resolve("kafka"));
        } else {
            kafkaCluster = KafkaCluster.start(data.resolve("kafka-cluster"), settings.kafkaBrokers());
            kafkaCluster.createTopics(TOPICS, PARTITIONS);
            kafkaBootstrapServers = kafkaCluster.bootstrapServers();
            listener.step("Kafka cluster of " + kafkaCluster.size() + " brokers " + kafkaBootstrapServers
                    + " ready, each partition on " + kafkaCluster.replicas() + ", data in "
                    + data.resolve("kafka-cluster"));
        }
    }

    private void startServices(StartupListener listener) {
        postgres.createDatabase("acceptance");
        ServiceProcess acceptance = startReplicated("acceptance-service", "acceptance-service", "acceptance-service",
                settings.acceptancePort(), Map.of("ACCEPTANCE_DB_URL", postgres.jdbcUrl("acceptance"),
                        "PORTAL_URL", portalUrl(),
                        "ACCEPTANCE_SEAL_KEY_STORE", settings.dataDirectory().resolve("seal/center-seal.p12").toString(),
                        "ACCEPTANCE_SEAL_PASSWORD", sealPassword(),
                        "ACCEPTANCE_SEAL_CREATE_IF_ABSENT", "true"));
        services.add(acceptance);
        StringJoiner departmentServices = new StringJoiner(",");
        settings.departments().forEach(department -> postgres.createDatabase(department.database()));
        if (settings.departmentsTogether()) {
            ServiceProcess service = startDepartments(DEPARTMENTS, DEPARTMENTS, settings.departments(),
                    settings.departmentPort(0), acceptance);
            settings.departments().forEach(department -> departmentServices.add(department.code() + "="
                    + service.baseUrl()));
        } else {
            for (int i = 0; i < settings.departments().size(); i++) {
                Department department = settings.departments().get(i);
                ServiceProcess service = startDepartments(department.code(), "department-" + department.code(),
                        List.of(department), settings.departmentPort(i), acceptance);
                departmentServices.add(department.code() + "=" + service.baseUrl());
            }
        }
        postgres.createDatabase("notification");
        ServiceProcess notification = startReplicated("notification-service", "notification-service",
                "notification-service",
                settings.notificationPort(), Map.of("NOTIFICATION_DB_URL", postgres.jdbcUrl("notification"),
                        "PORTAL_URL", portalUrl()));
        services.add(notification);
        services.add(startService(PORTAL, "web-portal", portalPort, Map.of(
                "OIDC_AUTH_SERVER_URL", keycloak.issuer(),
                "OIDC_CLIENT_SECRET", keycloak.secrets().portalClientSecret(),
                "ACCEPTANCE_SERVICE_URL", acceptance.baseUrl(),
                "NOTIFICATION_SERVICE_URL", notification.baseUrl(),
                "DEPARTMENT_SERVICES", departmentServices.toString())));
        listener.step("Started " + services.size() + " services" + aheadOfTimeCaches()
                + "; waiting until each reports ready");
    }

    /**
     * A department-service serving {@code served}: the first its own, each further one in its own database beside it.
     */
    private ServiceProcess startDepartments(String replicated, String name, List<Department> served, int port,
            ServiceProcess acceptance) {
        Department own = served.get(0);
        Map<String, String> variables = new HashMap<>(Map.of(
                "DEPARTMENT", own.code(),
                "DEPARTMENT_NAME", served.size() == 1 ? own.name() : "The city's departments",
                "DEPARTMENT_DB_URL", postgres.jdbcUrl(own.database()),
                "ACCEPTANCE_SERVICE_URL", acceptance.baseUrl()));
        if (served.size() > 1) {
            variables.put("DEPARTMENTS_ALSO", served.stream().skip(1).map(Department::code)
                    .collect(Collectors.joining(",")));
            variables.put("DEPARTMENTS_ALSO_DB_URL", postgres.jdbcUrl(Department.DATABASE));
            variables.put("DEPARTMENT_CONSUMER_GROUP", name);
        }
        ServiceProcess service = startReplicated(replicated, name, "department-service", port, variables);
        services.add(service);
        return service;
    }

    /** Which services start from their ahead-of-time caches and which record theirs, if any. */
    private String aheadOfTimeCaches() {
        if (aheadOfTimeCache.isEmpty()) {
            return "";
        }
        long recording = launches.values().stream().filter(launch -> AheadOfTimeCache.records(launch.jvmOptions()))
                .count();
        long cached = launches.values().stream()
                .filter(launch -> AheadOfTimeCache.startsFromCache(launch.jvmOptions())).count();
        return " on " + aheadOfTimeCache.get().java() + ", " + cached + " from their ahead-of-time caches"
                + (recording == 0 ? "" : ", " + recording + " recording one (written as they stop)");
    }

    /**
     * The password of the center's key store, which acceptance-service makes, self-signed, on the local run's first
     * start: made up then and kept in the data folder beside it.
     */
    private String sealPassword() {
        Path file = settings.dataDirectory().resolve("seal/password");
        try {
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(file.getParent());
                byte[] secret = new byte[16];
                new SecureRandom().nextBytes(secret);
                Files.writeString(file, HexFormat.of().formatHex(secret));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the seal's password in " + file, e);
        }
    }

    private static int port(int wanted, String name) {
        return wanted == 0 ? FreePorts.pick() : FreePorts.requireFree(wanted, name);
    }

    /**
     * The service's first instance, started now; its other replicas are started once it is ready. All instances read
     * their clock's moves from one file (see {@link #moveClock}).
     */
    private ServiceProcess startReplicated(String replicated, String name, String module, int wantedPort,
            Map<String, String> ownVariables) {
        Map<String, String> variables = new HashMap<>(ownVariables);
        variables.put("CLOCK_FILE", clockFile(name).toString());
        for (int n = 2; n <= settings.replicasOf(replicated); n++) {
            replicas.add(new Replica(name + "-" + n, module, Map.copyOf(variables)));
        }
        return startService(name, module, wantedPort, variables);
    }

    /** The services' further replicas, on any free ports; returns once each reports ready. */
    private void startReplicas(StartupListener listener) {
        if (replicas.isEmpty()) {
            return;
        }
        List<ServiceProcess> starting = new ArrayList<>();
        for (Replica replica : replicas) {
            ServiceProcess started = startService(replica.name(), replica.module(), 0, replica.variables());
            services.add(started);
            starting.add(started);
        }
        listener.step("Started " + starting.size() + " more replicas; waiting until each reports ready");
        awaitReady(starting, listener);
    }

    /** A further instance of a service, to be started once the first is ready. */
    private record Replica(String name, String module, Map<String, String> variables) {
    }

    private ServiceProcess startService(String name, String module, int wantedPort, Map<String, String> variables) {
        if (closed) {
            throw new IllegalStateException("The system is being stopped");
        }
        int port = port(wantedPort, name);
        Map<String, String> environment = new HashMap<>(settings.serviceEnvironment());
        environment.putAll(variables);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("MESSAGING_INSTANCE", name);
        environment.put("DB_USERNAME", EmbeddedPostgresServer.USER);
        environment.put("DB_PASSWORD", "");
        environment.put("JWT_ISSUER", keycloak.issuer());
        environment.put("JWT_PUBLIC_KEY_LOCATION", keycloak.keys());
        List<String> jvmOptions = new ArrayList<>(Arrays.asList(settings.serviceJvmOptions().trim().split("\\s+")));
        jvmOptions.addAll(aheadOfTimeCache.map(cache -> cache.options(module)).orElse(List.of()));
        Launch launch = new Launch(aheadOfTimeCache.map(AheadOfTimeCache::java).orElse(LAUNCHERS_JAVA),
                settings.home().resolve(module).resolve("target/quarkus-app/quarkus-run.jar"), port,
                Map.copyOf(environment), settings.dataDirectory().resolve("logs").resolve(name + ".log"),
                List.copyOf(jvmOptions), StackSettings.niceness(module));
        launches.put(name, launch);
        return launch.start(name);
    }

    /** Stops one service and starts it again on the same port and database; returns once it reports ready again. */
    public ServiceProcess restart(String name) {
        synchronized (this) {
            ServiceProcess running = service(name);
            running.stop(launches.get(name).stopGrace());
            services.set(services.indexOf(running), launches.get(name).start(name));
        }
        awaitReady(name);
        return service(name);
    }

    /**
     * Moves the clock of every instance of a service ({@code acceptance-service}, {@code department-fire}...) to run
     * {@code ahead} of the wall clock from now on, without a restart (see {@code clock.file}); a negative offset runs
     * it behind. Each instance reads it within a second; one started again later keeps it.
     */
    public void moveClock(String service, Duration ahead) {
        Path file = clockFile(service);
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.writeString(Files.createTempFile(file.getParent(), service, ".moving"),
                    ahead.toString());
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the clock in " + file, e);
        }
    }

    /** Lets the clock of every instance of the service run again as it started ({@code clock.start} or the wall clock). */
    public void restoreClock(String service) {
        try {
            Files.deleteIfExists(clockFile(service));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore the clock in " + clockFile(service), e);
        }
    }

    /** The file that moves the clocks of every instance of the service: {@code clocks/<service>} in the data folder. */
    private Path clockFile(String service) {
        return settings.dataDirectory().resolve("clocks").resolve(service);
    }

    /**
     * The services that stopped on their own once the system was up (one that could not reach its database while
     * starting, for example), each time one did: each was started again at once, as a process supervisor
     * (systemd, Kubernetes) would.
     */
    public List<String> stoppedOnTheirOwn() {
        return List.copyOf(stoppedOnTheirOwn);
    }

    private synchronized void startAgainWhatStopped(StartupListener listener) {
        for (ServiceProcess each : services) {
            if (each.stoppedOnItsOwn()) {
                listener.step(each.name() + " stopped on its own (exit " + each.exitCode() + "); starting it again."
                        + " Its last lines:" + System.lineSeparator() + each.tail(3));
                stoppedOnTheirOwn.add(each.name());
                try {
                    services.set(services.indexOf(each), launches.get(each.name()).start(each.name()));
                } catch (RuntimeException e) { // tried again at the next check
                    listener.step(each.name() + " could not be started again: " + e.getMessage());
                }
            }
        }
    }

    /**
     * Kills one service process at once ({@code kill -9}) and starts it again on the same port and database; returns
     * without waiting for it to be ready (see {@link #awaitReady(String)}).
     */
    public void crash(String name) {
        crash(List.of(name), () -> { });
    }

    /**
     * Kills service processes at once ({@code kill -9}), runs {@code whileDown}, and starts each again on its port and
     * database; returns without waiting for them to be ready.
     */
    public synchronized void crash(List<String> names, Runnable whileDown) {
        List<ServiceProcess> running = names.stream().map(this::service).toList();
        running.forEach(ServiceProcess::kill);
        try {
            whileDown.run();
        } finally {
            for (ServiceProcess each : running) {
                services.set(services.indexOf(each), launches.get(each.name()).start(each.name()));
            }
        }
    }

    /** Returns once the service reports ready (started again meanwhile if it stops on its own). */
    public void awaitReady(String name) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (!service(name).isReady()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + STARTUP_TIMEOUT.toMinutes()
                        + " minutes; see " + service(name).log());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** Crashes PostgreSQL and starts it again (see {@link EmbeddedPostgresServer#crash()}). */
    public void crashPostgres() {
        postgres.crash();
    }

    /** How a service is started, so that it can be started again the same way. */
    private record Launch(Path java, Path application, int port, Map<String, String> environment, Path log,
            List<String> jvmOptions, int niceness) {

        ServiceProcess start(String name) {
            return ServiceProcess.start(name, java, application, port, environment, jvmOptions, niceness, log);
        }

        /** A service that records its ahead-of-time cache writes it as it stops. */
        Duration stopGrace() {
            return AheadOfTimeCache.records(jvmOptions) ? Duration.ofMinutes(3) : Duration.ofSeconds(20);
        }
    }

    private void awaitReady(List<ServiceProcess> starting, StartupListener listener) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(starting);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.name() + " stopped while starting. Its last lines ("
                            + service.log() + "):" + System.lineSeparator() + service.tail(30));
                }
                if (service.isReady()) {
                    waiting.remove(service);
                    listener.step(service.name() + " ready at " + service.baseUrl());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not ready after " + STARTUP_TIMEOUT.toMinutes() + " minutes: "
                        + waiting.stream().map(ServiceProcess::name).toList() + "; see " + settings.dataDirectory().resolve("logs"));
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /**
     * Stops the services and Keycloak (each asked to shut down cleanly, all at once), then Kafka, then PostgreSQL;
     * once, however often it is called.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != stopAtExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException e) {
                // the JVM is ending: the hook runs, and waits for this close
            }
        }
        supervision.shutdownNow();
        List<Runnable> stops = new ArrayList<>();
        services.forEach(service -> stops.add(() -> service.stop(launches.get(service.name()).stopGrace())));
        if (keycloak != null) {
            stops.add(keycloak::close);
        }
        allAtOnce(stops);
        if (kafka != null) {
            quietly(kafka::close);
        }
        if (kafkaCluster != null) {
            quietly(kafkaCluster::close);
        }
        if (postgres != null) {
            quietly(postgres::close);
        }
    }

    /** Runs each in a thread of its own, and returns once all are done. */
    private static void allAtOnce(List<Runnable> stops) {
        List<Thread> threads = stops.stream().map(Thread::new).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void quietly(Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            System.err.println("While stopping: " + e.getMessage());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting", e);
        }
    }
}
