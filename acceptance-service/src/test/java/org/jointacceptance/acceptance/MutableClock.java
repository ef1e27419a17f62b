package org.jointacceptance.acceptance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

import org.jointacceptance.calendar.WorkingCalendar;

/** The service's clock in tests: real time unless a test moves it to a moment in China's time zone. */
@Singleton
public class MutableClock extends Clock {

    private volatile Instant fixed;

    /** From now on it is {@code moment} in Beijing time, until {@link #reset()}. */
    public void set(LocalDateTime moment) {
        fixed = moment.atZone(WorkingCalendar.CHINA).toInstant();
    }

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
        return moment == null ? Instant.now() : moment;
    }
}
