package org.jointacceptance.messaging;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;

/**
 * The clock, injected wherever time matters so that tests can move time instead of sleeping.
 *
 * <p>It is the wall clock unless {@code clock.start} (for example {@code 2026-06-01T09:00:00+08:00}) is set: then time
 * runs on from that moment when the service starts. Training environments and the end-to-end test use it, so that
 * what they show does not depend on the day they run (a due date in a year whose arrangement is not yet published,
 * for instance). {@code clock.offset} (for example {@code P18D}) runs it that far ahead of the wall clock, however
 * often the service starts again. {@code clock.file} names a file that moves it while the service runs: it holds an
 * offset from the wall clock in {@code clock.offset}'s format, read again within a fraction of a second of each change
 * (see {@link MovableClock}); how a training environment, or a test, moves its days on without a restart.
 */
@ApplicationScoped
public class SystemClock {

    private static final Logger LOG = Logger.getLogger(SystemClock.class);
    /** How often a clock moved by its file looks at the file again. */
    private static final Duration LOOK_EVERY = Duration.ofMillis(200);

    @ConfigProperty(name = "clock.start")
    Optional<OffsetDateTime> start;

    @ConfigProperty(name = "clock.offset")
    Optional<Duration> offset;

    @ConfigProperty(name = "clock.file")
    Optional<Path> file;

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        Clock wall = Clock.systemUTC();
        Clock started = of(wall, start, offset);
        if (file.isEmpty()) {
            return new Microseconds(started);
        }
        LOG.warnf("The clock moves when %s says so (clock.file)", file.get());
        return new Microseconds(new MovableClock(wall, started, file.get(), LOOK_EVERY));
    }

    static Clock of(Clock wall, Optional<OffsetDateTime> start, Optional<Duration> offset) {
        Duration ahead = Duration.ZERO;
        if (start.isPresent()) {
            LOG.warnf("The clock runs from %s (clock.start), not from the wall clock", start.get());
            ahead = Duration.between(wall.instant(), start.get().toInstant());
        }
        if (offset.isPresent()) {
            LOG.warnf("The clock runs %s ahead (clock.offset)", offset.get());
            ahead = ahead.plus(offset.get());
        }
        return ahead.isZero() ? wall : Clock.offset(wall, ahead);
    }

    /**
     * A clock in whole microseconds, PostgreSQL's precision, so that a time answered from what a transaction just
     * wrote reads the same as it does later from the database (the system clock has nanoseconds). Not
     * {@code Clock.tick}: its {@code millis()} divides by zero for a tick under a millisecond.
     */
    static final class Microseconds extends Clock {

        private final Clock clock;

        Microseconds(Clock clock) {
            this.clock = clock;
        }

        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Microseconds(clock.withZone(zone));
        }

        @Override
        public long millis() {
            return clock.millis();
        }

        @Override
        public Instant instant() {
            return clock.instant().truncatedTo(ChronoUnit.MICROS);
        }
    }
}
