package org.jointacceptance.department;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

import org.jointacceptance.calendar.WorkingCalendar;

/**
 * The tests' clock: it runs, but from a moment the test chooses, so that a holiday, a make-up workday or a due date
 * is always ahead whatever the day the build runs. Replaces the system clock in every bean of the test application.
 */
@Singleton
public class MovableClock extends Clock {

    /** Monday 22 September 2025, 09:00 in China: the National Day holiday and two make-up workdays are ahead. */
    public static final LocalDate START = LocalDate.of(2025, 9, 22);

    private static volatile Instant origin;
    private static volatile long originNanos;

    static {
        moveTo(START);
    }

    /** From now on the clock reads 09:00 in China on {@code day}, and runs on from there. */
    public static void moveTo(LocalDate day) {
        origin = day.atTime(LocalTime.of(9, 0)).atZone(WorkingCalendar.CHINA).toInstant();
        originNanos = System.nanoTime();
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
        return origin.plusNanos(System.nanoTime() - originNanos);
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
