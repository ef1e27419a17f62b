package org.jointacceptance.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One part of the system running as its own process: a service started from its packaged Quarkus application, or the
 * identity provider.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Path NICE = Path.of("/usr/bin/nice");
    /** Whether this process may give a thread a higher priority than its own: the administrator's may. */
    private static final boolean MAY_RAISE_PRIORITIES = "root".equals(System.getProperty("user.name"));

    private final String name;
    private final int port;
    private final Path log;
    private final String readinessPath;
    private final Process process;
    /** Whether it was asked to stop, or killed: it did not stop on its own. */
    private volatile boolean stopped;

    private ServiceProcess(String name, int port, Path log, String readinessPath, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.readinessPath = readinessPath;
        this.process = process;
    }

    /**
     * Starts {@code java -jar <application>} with the given environment, {@code niceness} steps below the launcher in
     * the machine's scheduler (where {@code nice} is at hand; 0: as the launcher); its output goes to {@code log}.
     */
    public static ServiceProcess start(String name, Path java, Path application, int port,
            Map<String, String> environment, List<String> jvmOptions, int niceness, Path log) {
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException(application + " is missing: build the services first (./run does, or ./mvnw install)");
        }
        List<String> command = new ArrayList<>();
        boolean niced = niceness != 0 && Files.isExecutable(NICE);
        if (niced) {
            command.addAll(List.of(NICE.toString(), "-n", Integer.toString(niceness))); // nice runs java in its place
        }
        command.add(java.toString());
        if (niced && MAY_RAISE_PRIORITIES) {
            command.addAll(highestPriorityUnniced(niceness));
        }
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(application.toString());
        return start(name, command, port, environment, log, "/q/health/ready");
    }

    /**
     * The JVM options that keep every thread of a niced service at its niceness but those of the highest Java priority,
     * which run as the other services do: a service's outbox relays (one per database), for which every event it
     * commits waits, do not wait for a core among the requests of a service that runs below the others. Only a process
     * allowed to raise a thread's priority may ask for it; elsewhere the JVM would warn at every start that it cannot.
     */
    private static List<String> highestPriorityUnniced(int niceness) {
        List<String> options = new ArrayList<>(List.of("-XX:ThreadPriorityPolicy=1"));
        for (int priority = Thread.MIN_PRIORITY; priority < Thread.MAX_PRIORITY; priority++) {
            options.add("-XX:JavaPriority" + priority + "_To_OSPriority=" + niceness);
        }
        options.add("-XX:JavaPriority" + Thread.MAX_PRIORITY + "_To_OSPriority=0");
        return options;
    }

    /**
     * Starts {@code command} with the given environment; its output goes to {@code log}. It is ready once
     * {@code readinessPath} on its port answers 200.
     */
    public static ServiceProcess start(String name, List<String> command, int port, Map<String, String> environment,
            Path log, String readinessPath) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            return new ServiceProcess(name, port, log, readinessPath, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** The operating system's process id, to read its CPU time and memory. */
    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Whether the process has ended without being asked to stop or killed: a process supervisor starts it again. */
    public boolean stoppedOnItsOwn() {
        return !stopped && !process.isAlive();
    }

    /** The process's exit code; -1 while it runs. */
    public int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** True once the process answers its readiness check (a service: database and Kafka connected). */
    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + readinessPath))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines the process wrote, to explain a failed start. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** Kills the process at once, as {@code kill -9} does: no shutdown, nothing finished. */
    public void kill() {
        stopped = true;
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the process to stop (SIGTERM), and kills it if it has not stopped within {@code grace}. */
    public void stop(Duration grace) {
        stopped = true;
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
