package org.jointacceptance.local;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack keeps its data, which ports it uses, how many Kafka brokers it runs (1, in the launcher's own
 * process; more, a cluster of their own processes on any free ports) and how many replicas of each service
 * ({@code replicas}: by service name, {@code acceptance-service}, {@code notification-service} or a department's
 * code, or {@code departments} for the one serving them all; 1 for any other), whether the services start from their
 * ahead-of-time caches ({@link AheadOfTimeCache}; the local run does unless {@code JA_AHEAD_OF_TIME_CACHE=no}), and
 * whether one department-service serves every department, each in its own database ({@code JA_DEPARTMENTS=together},
 * the default) or each department runs its own ({@code apart}). Every value can be set by an environment variable;
 * port 0 means "any free port" (the system test uses that).
 */
public record StackSettings(Path home, Path dataDirectory, int kafkaPort, int kafkaBrokers, int postgresPort,
        int keycloakPort, int portalPort, int acceptancePort, int notificationPort, int firstDepartmentPort,
        List<Department> departments, Map<String, Integer> replicas, String serviceJvmOptions,
        Map<String, String> serviceEnvironment, boolean aheadOfTimeCache, boolean departmentsTogether) {

    /**
     * What the stack's JVMs run with to stay quiet at idle: no performance data sampled every 50 ms (jcmd still
     * attaches; jps no longer lists them), and whether monitors need deflating looked at every 2 s rather than four
     * times a second.
     */
    public static final String QUIET_JVM_OPTIONS =
            "-XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions -XX:AsyncDeflationInterval=2000";

    /**
     * How many worker threads (those that run blocking requests and event handlers) each service has per core of this
     * machine. Quarkus's own default, at least 200, suits services that wait on slow calls; these wait on PostgreSQL
     * for well under a millisecond at a time, and every process of the stack shares this machine's cores. With
     * sixteen inspectors at once on two cores and Quarkus's default, every request ran at once and the threads that
     * carry events (a department's outbox relay, acceptance-service's consumers) waited their turn among them: a
     * decision came 0.5-0.6 s after its last result at the median, against 0.1-0.2 s with three per core, for the
     * same throughput (docs/performance.md).
     */
    private static final int WORKER_THREADS_PER_CORE = 3;

    /**
     * How many steps below the others the departments' instance runs in the machine's scheduler (its niceness). Every
     * process of the stack shares this machine's cores, and when they are all busy each thread waits for one several
     * times as long as it runs: the inspectors' requests come in at the departments, and the services that carry a
     * result on to its decision (acceptance-service's consumers, at every statement they send) waited their turn among
     * them. With the departments ten steps below, a decision came 0.1-0.2 s after its last result at the median
     * instead of 0.4-0.8 s at closed-loop 16, for as many results a second (docs/performance.md). Its outbox relays
     * alone run as the other services do, where the machine allows it ({@link ServiceProcess}).
     */
    private static final int DEPARTMENTS_NICENESS = 10;

    /**
     * How the services collect garbage: one collector thread (Serial), with a young generation of its own size. Left to
     * size itself, the young generation grows only at a full collection, and the full collections came from the code
     * cache, whenever the compiler had filled 15 % more of it since the last: three or four in each service's first
     * minutes of load, 0.15-0.43 s each on this machine, with nothing to unload (the services load no classes they
     * later drop). Without them the young generation stayed at a third of the starting heap, and the departments
     * collected it 4.5 times as often. Now the code cache starts a collection only when nearly full, and the young
     * generation is 24 MiB from the start: over the same load, acceptance-service paused 0.5 s in all, 31 ms at most,
     * against 0.9 s and 428 ms (docs/performance.md).
     */
    private static final String GARBAGE_COLLECTION = "-XX:+UseSerialGC -Xmn24m -XX:SweeperThreshold=100";

    public static final String DEFAULT_JVM_OPTIONS =
            "-Xms32m -Xmx192m " + GARBAGE_COLLECTION + " -XX:TieredStopAtLevel=1 -Xss512k -XX:MaxMetaspaceSize=160m "
                    + "-Dquarkus.thread-pool.max-threads="
                    + WORKER_THREADS_PER_CORE * Runtime.getRuntime().availableProcessors() + " " + QUIET_JVM_OPTIONS;

    /** The local run's settings: the defaults below, or the environment's {@code JA_*} variables. */
    public static StackSettings fromEnvironment(Path home, Map<String, String> environment) {
        return new StackSettings(home,
                Path.of(environment.getOrDefault("JA_DATA_DIR", home.resolve(".data").toString())).toAbsolutePath(),
                port(environment, "JA_KAFKA_PORT", 19092),
                count(environment, "JA_KAFKA_BROKERS", 1),
                port(environment, "JA_POSTGRES_PORT", 54320),
                port(environment, "JA_KEYCLOAK_PORT", 8180),
                port(environment, "JA_PORTAL_PORT", 8070),
                port(environment, "JA_ACCEPTANCE_PORT", 8080),
                port(environment, "JA_NOTIFICATION_PORT", 8090),
                port(environment, "JA_FIRST_DEPARTMENT_PORT", 8081),
                Department.ALL,
                replicas(environment.getOrDefault("JA_REPLICAS", "")),
                environment.getOrDefault("JA_SERVICE_JVM_OPTIONS", DEFAULT_JVM_OPTIONS), Map.of(),
                wantsAheadOfTimeCache(environment), departmentsTogether(environment.get("JA_DEPARTMENTS")));
    }

    /** Free ports everywhere and data in {@code dataDirectory}: for tests that must not collide with a local run. */
    public static StackSettings anyFreePorts(Path home, Path dataDirectory) {
        return new StackSettings(home, dataDirectory, 0, 1, 0, 0, 0, 0, 0, 0, Department.ALL, Map.of(),
                DEFAULT_JVM_OPTIONS, Map.of(), false, true);
    }

    /**
     * The same stack with every service's clock running from {@code start} instead of the wall clock
     * ({@code clock.start}), so that what it computes does not depend on the day it runs.
     */
    public StackSettings withClockStartingAt(OffsetDateTime start) {
        return withServiceJvmOptions(serviceJvmOptions + " -Dclock.start=" + start);
    }

    /** Whether the local run starts the services from their ahead-of-time caches: unless told not to. */
    public static boolean wantsAheadOfTimeCache(Map<String, String> environment) {
        return !"no".equals(environment.get("JA_AHEAD_OF_TIME_CACHE"));
    }

    /** The same stack with the services started from their ahead-of-time caches or not. */
    public StackSettings withAheadOfTimeCache(boolean wanted) {
        return new StackSettings(home, dataDirectory, kafkaPort, kafkaBrokers, postgresPort, keycloakPort, portalPort,
                acceptancePort, notificationPort, firstDepartmentPort, departments, replicas, serviceJvmOptions,
                serviceEnvironment, wanted, departmentsTogether);
    }

    /** The same stack with every service started with {@code options} instead (for example to profile them). */
    public StackSettings withServiceJvmOptions(String options) {
        return new StackSettings(home, dataDirectory, kafkaPort, kafkaBrokers, postgresPort, keycloakPort, portalPort,
                acceptancePort, notificationPort, firstDepartmentPort, departments, replicas, options,
                serviceEnvironment, aheadOfTimeCache, departmentsTogether);
    }

    /** The same stack with {@code variables} in every service's environment besides its own (a cron, say). */
    public StackSettings withServiceEnvironment(Map<String, String> variables) {
        Map<String, String> environment = new LinkedHashMap<>(serviceEnvironment);
        environment.putAll(variables);
        return new StackSettings(home, dataDirectory, kafkaPort, kafkaBrokers, postgresPort, keycloakPort, portalPort,
                acceptancePort, notificationPort, firstDepartmentPort, departments, replicas, serviceJvmOptions,
                Map.copyOf(environment), aheadOfTimeCache, departmentsTogether);
    }

    /** The same stack on a Kafka cluster of {@code brokers} and with the services' {@code replicas} as given. */
    public StackSettings scaledOut(int brokers, Map<String, Integer> serviceReplicas) {
        return new StackSettings(home, dataDirectory, kafkaPort, brokers, postgresPort, keycloakPort, portalPort,
                acceptancePort, notificationPort, firstDepartmentPort, departments, Map.copyOf(serviceReplicas),
                serviceJvmOptions, serviceEnvironment, aheadOfTimeCache, departmentsTogether);
    }

    /** The same stack with one department-service for every department, or one each. */
    public StackSettings withDepartmentsTogether(boolean together) {
        return new StackSettings(home, dataDirectory, kafkaPort, kafkaBrokers, postgresPort, keycloakPort, portalPort,
                acceptancePort, notificationPort, firstDepartmentPort, departments, replicas, serviceJvmOptions,
                serviceEnvironment, aheadOfTimeCache, together);
    }

    /** {@code together} (the default) or {@code apart}. */
    public static boolean departmentsTogether(String setting) {
        if (setting == null || setting.isBlank() || setting.strip().equals("together")) {
            return true;
        }
        if (setting.strip().equals("apart")) {
            return false;
        }
        throw new IllegalArgumentException("JA_DEPARTMENTS is together (one department-service for every department) "
                + "or apart (one each), not '" + setting.strip() + "'");
    }

    /** How many instances of the service ({@code acceptance-service}, a department's code...) to run. */
    public int replicasOf(String service) {
        return replicas.getOrDefault(service, 1);
    }

    /** The port of the n-th department (0-based); with port 0 for all, each picks its own free port. */
    public int departmentPort(int index) {
        return firstDepartmentPort == 0 ? 0 : firstDepartmentPort + index;
    }

    /** {@code name=count,...}, e.g. {@code acceptance-service=2,notification-service=2,fire=2}. */
    static Map<String, Integer> replicas(String setting) {
        Map<String, Integer> replicas = new LinkedHashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            int count = parts.length == 2 ? parse(parts[1], "JA_REPLICAS") : 0;
            if (count < 1 || count > 9) {
                throw new IllegalArgumentException("JA_REPLICAS names a service and how many of it to run, from 1 to"
                        + " 9 (acceptance-service=2,fire=2), not '" + entry.strip() + "'");
            }
            replicas.put(parts[0].strip(), count);
        }
        return Map.copyOf(replicas);
    }

    private static int count(Map<String, String> environment, String name, int defaultCount) {
        String value = environment.get(name);
        int count = value == null || value.isBlank() ? defaultCount : parse(value, name);
        if (count < 1 || count > 9) {
            throw new IllegalArgumentException(name + " must be from 1 to 9, not '" + value + "'");
        }
        return count;
    }

    private static int parse(String value, String name) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a number, not '" + value + "'");
        }
    }

    private static int port(Map<String, String> environment, String name, int defaultPort) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number from 0 to 65535, not '" + value + "'");
        }
    }

    /** How many steps below the launcher a service runs in the machine's scheduler: see {@link #DEPARTMENTS_NICENESS}. */
    static int niceness(String module) {
        return module.equals("department-service") ? DEPARTMENTS_NICENESS : 0;
    }
}
