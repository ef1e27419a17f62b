package org.jointacceptance.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

import org.jointacceptance.calendar.WorkingCalendar;

/**
 * The tests' clock: the wall clock, unless a test moves it to a moment of its choosing (a weekend, a holiday, a make-up
 * workday) from which it runs on, or stops it where it stands; the test moves it back when done. Replaces the system
 * clock in every bean of the test application.
 */
@Singleton
public class MovableClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;
    private static volatile Instant stoppedAt;

    /** From now on the clock reads {@code moment} in China, and runs on from there. */
    public static void moveTo(LocalDateTime moment) {
        offset = Duration.between(Instant.now(), moment.atZone(WorkingCalendar.CHINA).toInstant());
        stoppedAt = null;
    }

    /** From now on the clock reads what it reads now, until it is moved or reset: nothing falls due meanwhile. */
    public static void stop() {
        stoppedAt = Instant.now().plus(offset);
    }

    /** Back to the wall clock. */
    public static void reset() {
        offset = Duration.ZERO;
        stoppedAt = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(zone);
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped != null ? stopped : Instant.now().plus(offset);
    }

    /** The same clock seen from another zone. */
    private final class Zoned extends Clock {

        private final ZoneId zone;

        private Zoned(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return MovableClock.this.withZone(other);
        }

        @Override
        public Instant instant() {
            return MovableClock.this.instant();
        }
    }
}
