package org.jointacceptance.acceptance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

import org.jointacceptance.calendar.WorkingCalendar;

/**
 * The service's clock in tests: a working Monday of a year whose calendar ships with the project, ticking from
 * there, unless a test moves it to another moment in China's time zone. Tests so never depend on the day they run.
 */
@Singleton
public class MutableClock extends Clock {

    private static final LocalDateTime DEFAULT = LocalDateTime.of(2026, 6, 1, 9, 0);

    private final Instant started = Instant.now();
    private volatile Instant fixed;

    /** From now on it is {@code moment} in Beijing time, until {@link #reset()}. */
    public void set(LocalDateTime moment) {
        fixed = moment.atZone(WorkingCalendar.CHINA).toInstant();
    }

    /** Back to the default day, ticking. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant moment = fixed;
        if (moment != null) {
            return moment;
        }
        return DEFAULT.atZone(WorkingCalendar.CHINA).toInstant().plus(java.time.Duration.between(started, Instant.now()));
    }
}
