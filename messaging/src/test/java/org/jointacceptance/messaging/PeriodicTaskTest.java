package org.jointacceptance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A periodic task keeps its period through failures, never runs twice at once, and stops when told. */
class PeriodicTaskTest {

    @Test
    void a_failed_run_does_not_stop_the_next_ones() {
        AtomicInteger runs = new AtomicInteger();

        PeriodicTask task = PeriodicTask.start("failing", Duration.ZERO, Duration.ofMillis(10), () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is restarting");
            }
        });
        try {
            await().untilAsserted(() -> assertThat(runs).hasValueGreaterThanOrEqualTo(3));
        } finally {
            task.stop();
        }
    }

    @Test
    void a_slow_run_is_never_overlapped_by_the_next() throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean();
        AtomicBoolean overlapped = new AtomicBoolean();
        CountDownLatch threeRuns = new CountDownLatch(3);

        PeriodicTask task = PeriodicTask.start("slow", Duration.ZERO, Duration.ofMillis(1), () -> {
            overlapped.compareAndSet(false, !running.compareAndSet(false, true));
            try {
                Thread.sleep(20); // far longer than the period
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.set(false);
            threeRuns.countDown();
        });
        try {
            threeRuns.await();
        } finally {
            task.stop();
        }
        assertThat(overlapped).isFalse();
    }

    @Test
    void a_stopped_task_runs_no_more() {
        AtomicInteger runs = new AtomicInteger();
        PeriodicTask task = PeriodicTask.start("stopped", Duration.ZERO, Duration.ofMillis(1), runs::incrementAndGet);
        await().untilAsserted(() -> assertThat(runs).hasValueGreaterThanOrEqualTo(1));

        task.stop();
        int stoppedAt = runs.get();

        await().pollDelay(Duration.ofMillis(50)).untilAsserted(() -> assertThat(runs).hasValue(stoppedAt));
    }

    @Test
    void a_period_is_read_as_configured() {
        assertThat(PeriodicTask.period("30s")).contains(Duration.ofSeconds(30));
        assertThat(PeriodicTask.period("10m")).contains(Duration.ofMinutes(10));
        assertThat(PeriodicTask.period("1h")).contains(Duration.ofHours(1));
        assertThat(PeriodicTask.period("PT0.5S")).contains(Duration.ofMillis(500));
        assertThat(PeriodicTask.period("off")).isEmpty();
    }
}
