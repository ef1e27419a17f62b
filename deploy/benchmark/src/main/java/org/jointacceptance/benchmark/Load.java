package org.jointacceptance.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Drives the inspectors: closed-loop (each inspector takes the next requested inspection as soon as it is done with
 * one) or open-loop (an inspection starts at each tick of a fixed rate, on whichever inspector is free, however long
 * the earlier ones take: a slow system shows as latency, not as a lower offered load).
 */
final class Load {

    private static final Duration NOT_YET_FILED_DELAY = Duration.ofMillis(50);

    private final Ledger ledger;
    private final Cpu cpu;
    private final DatabaseWork database;
    private final Inspector inspector;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(daemon("benchmark-later"));

    /** {@code inspector} works for every worker: it holds no state of its own. */
    Load(Ledger ledger, Cpu cpu, DatabaseWork database, Inspector inspector) {
        this.ledger = ledger;
        this.cpu = cpu;
        this.database = database;
        this.inspector = inspector;
    }

    Step.Measure run(Step step, Violations violations) throws InterruptedException {
        Step.Measure measure = new Step.Measure(step, violations);
        ledger.measure(measure);
        long start = System.nanoTime();
        long recordFrom = start + step.warmup().toNanos();
        long end = recordFrom + step.duration().toNanos();
        Thread recorder = new Thread(() -> {
            sleepUntil(recordFrom);
            measure.startRecording(cpu.sample(), database.sample(), inspector.busyAnswers());
            sleepUntil(end);
            measure.stopRecording(cpu.sample(), database.sample(), inspector.busyAnswers());
        }, "benchmark-recorder");
        recorder.start();
        if (step.openLoop()) {
            openLoop(step.load(), start, end, measure);
        } else {
            closedLoop(step.load(), () -> System.nanoTime() < end, measure);
        }
        recorder.join();
        ledger.measure(null);
        return measure;
    }

    /** Inspections taken by {@code inspectors} workers until no work is left (not measured): the end of a run. */
    void drain(int inspectors, Duration atMost, Violations violations) throws InterruptedException {
        Step.Measure unrecorded = new Step.Measure(Step.closedLoop(inspectors, Duration.ZERO, atMost), violations);
        long end = System.nanoTime() + atMost.toNanos();
        closedLoop(inspectors, () -> System.nanoTime() < end && ledger.unfinishedSections() > 0, unrecorded);
    }

    /** Inspections taken by {@code inspectors} workers while {@code going} (not measured). */
    void workWhile(int inspectors, BooleanSupplier going, Violations violations) throws InterruptedException {
        closedLoop(inspectors, going, new Step.Measure(Step.closedLoop(inspectors, Duration.ZERO, Duration.ZERO),
                violations));
    }

    /** {@code inspectors} workers, each taking the next inspection as soon as it is done, while {@code going}. */
    private void closedLoop(int inspectors, BooleanSupplier going, Step.Measure measure) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < inspectors; i++) {
            Thread worker = new Thread(() -> {
                while (going.getAsBoolean()) {
                    take(measure, System.nanoTime());
                }
            }, "benchmark-inspector-" + i);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void openLoop(int perSecond, long start, long end, Step.Measure measure) throws InterruptedException {
        ExecutorService sessions = Executors.newCachedThreadPool(daemon("benchmark-session"));
        Phaser inFlight = new Phaser(1);
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        for (long due = start; due < end; due += interval) {
            sleepUntil(due);
            Ledger.Task task = ledger.tasks().poll();
            if (task == null) {
                measure.starved();
                continue;
            }
            long intended = due;
            inFlight.register();
            sessions.execute(() -> {
                try {
                    inspect(task, measure, intended);
                } finally {
                    inFlight.arriveAndDeregister();
                }
            });
        }
        inFlight.arriveAndAwaitAdvance();
        sessions.shutdown();
    }

    /** Takes the next requested inspection, waiting a little for one. */
    private void take(Step.Measure measure, long started) {
        Ledger.Task task;
        try {
            task = ledger.tasks().poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (task == null) {
            measure.starved();
            return;
        }
        inspect(task, measure, started);
    }

    private void inspect(Ledger.Task task, Step.Measure measure, long started) {
        try {
            if (inspector.inspect(task, measure)) {
                measure.inspectionDone(System.nanoTime() - started);
            } else {
                BlockingQueue<Ledger.Task> tasks = ledger.tasks();
                later.schedule(() -> tasks.add(task), NOT_YET_FILED_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Violations.Violation violation) {
            // recorded by the call that failed; the inspection stays undone and the verification will say so
        } catch (RuntimeException e) {
            measure.violations().record(task + " could not be done: " + e);
        }
    }

    /** Waits {@code duration}; an interrupted wait ends the work it is part of. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
