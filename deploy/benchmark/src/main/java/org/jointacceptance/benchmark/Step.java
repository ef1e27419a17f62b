package org.jointacceptance.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * One step of load: closed-loop (a number of inspectors, each starting the next inspection when one is done) or
 * open-loop (inspections started at a fixed rate, however long earlier ones take), measured for {@code duration}
 * after a {@code warmup} that is not.
 */
record Step(boolean openLoop, int load, Duration warmup, Duration duration) {

    static Step closedLoop(int inspectors, Duration warmup, Duration duration) {
        return new Step(false, inspectors, warmup, duration);
    }

    static Step openLoop(int resultsPerSecond, Duration warmup, Duration duration) {
        return new Step(true, resultsPerSecond, warmup, duration);
    }

    String label() {
        return openLoop ? "open-loop " + load + "/s" : "closed-loop " + load + " inspectors";
    }

    /** What one step measured. Latencies are kept in microseconds. */
    static final class Measure {

        final Step step;
        private final Violations violations;
        private volatile boolean recording;
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong results = new AtomicLong();
        private final AtomicLong starved = new AtomicLong();
        /** From the moment an inspection was due to start (open-loop) or started (closed-loop) to its result. */
        final Histogram inspection = histogram();
        final Histogram resultRequest = histogram();
        final Histogram resultToDecision = histogram();
        /**
         * From an event's commit to its broker timestamp (the moment the relay handed it to its Kafka producer), from
         * the event's own time when its record does not say when it committed.
         */
        final Histogram outboxToKafka = histogram();
        /** The same, by the service that committed the event (its CloudEvent source). */
        final Map<String, Histogram> outboxToKafkaBySource = new ConcurrentHashMap<>();
        /** From an event's commit to the benchmark's consumer reading it off the broker. */
        final Histogram commitToConsumer = histogram();
        /** From an event's own time (when its service appended it, before the rest of its transaction) to the broker. */
        final Histogram eventTimeToKafka = histogram();
        long recordingStarted;
        long recordingEnded;
        private long busyAnswersAtStart;
        private long busyAnswersAtEnd;
        Cpu.Sample cpuAtStart;
        Cpu.Sample cpuAtEnd;
        DatabaseWork.Sample databaseAtStart;
        DatabaseWork.Sample databaseAtEnd;

        Measure(Step step, Violations violations) {
            this.step = step;
            this.violations = violations;
        }

        Violations violations() {
            return violations;
        }

        boolean recording() {
            return recording;
        }

        void startRecording(Cpu.Sample cpu, DatabaseWork.Sample database, long busyAnswers) {
            cpuAtStart = cpu;
            databaseAtStart = database;
            busyAnswersAtStart = busyAnswers;
            recordingStarted = System.nanoTime();
            recording = true;
        }

        void stopRecording(Cpu.Sample cpu, DatabaseWork.Sample database, long busyAnswers) {
            recording = false;
            recordingEnded = System.nanoTime();
            cpuAtEnd = cpu;
            databaseAtEnd = database;
            busyAnswersAtEnd = busyAnswers;
        }

        void request() {
            if (recording) {
                requests.incrementAndGet();
            }
        }

        void resultAnswered(long nanos) {
            if (recording) {
                results.incrementAndGet();
                resultRequest.recordValue(micros(nanos));
            }
        }

        void inspectionDone(long nanos) {
            if (recording) {
                inspection.recordValue(micros(nanos));
            }
        }

        void starved() {
            if (recording) {
                starved.incrementAndGet();
            }
        }

        void decisionLatency(long nanos) {
            resultToDecision.recordValue(micros(nanos));
        }

        /**
         * An event appended at {@code time}, committed at {@code committed} (null: not known), stamped by the broker
         * at {@code onBroker} and read by the benchmark at {@code received}.
         */
        void outboxLag(String source, Instant time, Instant committed, Instant onBroker, Instant received) {
            if (recording) {
                Instant start = committed == null ? time : committed;
                long fromCommit = micros(Duration.between(start, onBroker).toNanos());
                outboxToKafka.recordValue(fromCommit);
                outboxToKafkaBySource.computeIfAbsent(source, any -> histogram()).recordValue(fromCommit);
                commitToConsumer.recordValue(micros(Duration.between(start, received).toNanos()));
                eventTimeToKafka.recordValue(micros(Duration.between(time, onBroker).toNanos()));
            }
        }

        long results() {
            return results.get();
        }

        long requests() {
            return requests.get();
        }

        long starvedStarts() {
            return starved.get();
        }

        /** How many answers while recording said that a service was busy (503): requests the system shed. */
        long busyAnswers() {
            return busyAnswersAtEnd - busyAnswersAtStart;
        }

        /** What the services asked of PostgreSQL while recording. */
        DatabaseWork.Work databaseWork() {
            return databaseAtEnd.since(databaseAtStart);
        }

        double seconds() {
            return (recordingEnded - recordingStarted) / 1e9;
        }

        double resultsPerSecond() {
            return results() / seconds();
        }

        private static Histogram histogram() {
            return new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
        }

        private static long micros(long nanos) {
            return Math.min(Math.max(0, nanos / 1000), TimeUnit.MINUTES.toMicros(10));
        }
    }
}
