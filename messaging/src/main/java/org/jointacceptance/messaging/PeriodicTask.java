package org.jointacceptance.messaging;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.jboss.logging.Logger;

/**
 * A task a service runs every period (a reload, a purge, a check of the passing days) on a daemon thread of its own
 * that sleeps until the task is next due. A scheduler that looks at its triggers once a second, however far off they
 * are, costs an idle service CPU all day; this thread wakes only when there is work. Runs never overlap; each has a
 * request context of its own, as a request's work has; one that fails is logged, and the task runs again at its
 * next time.
 */
public final class PeriodicTask {

    private static final Logger LOG = Logger.getLogger(PeriodicTask.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final Runnable task;
    private final ScheduledExecutorService thread;

    private PeriodicTask(String name, Runnable task) {
        this.name = name;
        this.task = task;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread daemon = new Thread(runnable, name);
            daemon.setDaemon(true);
            return daemon;
        });
    }

    /** Runs {@code task} first after {@code first}, then {@code every} after each run ends. */
    public static PeriodicTask start(String name, Duration first, Duration every, Runnable task) {
        PeriodicTask periodic = new PeriodicTask(name, task);
        periodic.thread.scheduleWithFixedDelay(periodic::runOnce, first.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return periodic;
    }

    /**
     * A period as configured: {@code 30s}, {@code 10m}, {@code 1h} or an ISO-8601 duration; {@code off} for none, the
     * task then never runs.
     */
    public static Optional<Duration> period(String configured) {
        if (configured.equals("off")) {
            return Optional.empty();
        }
        String duration = configured.toUpperCase(Locale.ROOT);
        return Optional.of(Duration.parse(duration.startsWith("P") ? duration : "PT" + duration));
    }

    /** No further run starts; one under way is interrupted, and waited for a few seconds at most. */
    public void stop() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runOnce() {
        ArcContainer container = Arc.container(); // none outside a service, in a plain unit test
        if (container != null) {
            container.requestContext().activate();
        }
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s failed; it runs again at its next time", name);
        } finally {
            if (container != null) {
                container.requestContext().terminate();
            }
        }
    }
}
