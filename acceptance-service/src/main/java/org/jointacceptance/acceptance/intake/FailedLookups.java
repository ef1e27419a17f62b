package org.jointacceptance.acceptance.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jointacceptance.problem.ProblemException;

/**
 * Guessing a lookup code is hopeless: after a few wrong codes, an application number is not looked up at all for a
 * while, whoever asks and whatever the code. Numbers that do not exist count the same way, so that they look the
 * same. Kept in this instance's memory.
 */
@ApplicationScoped
public class FailedLookups {

    static final int ALLOWED = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Numbers followed at most; the oldest windows are forgotten first beyond it. */
    private static final int FOLLOWED = 10_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    FailedLookups(Clock clock) {
        this.clock = clock;
    }

    /** Refuses (429) while {@code number} has had too many failed lookups in the window. */
    public void check(String number) {
        Failures recent = failures.get(number);
        if (recent != null && recent.count() >= ALLOWED && recent.since().plus(WINDOW).isAfter(clock.instant())) {
            throw new ProblemException("too-many-lookups", 429, WINDOW.toMinutes());
        }
    }

    public void failed(String number) {
        Instant now = clock.instant();
        if (failures.size() >= FOLLOWED) {
            failures.values().removeIf(window -> window.since().plus(WINDOW).isBefore(now));
        }
        failures.merge(number, new Failures(1, now), (old, one) -> old.since().plus(WINDOW).isBefore(now) ? one
                : new Failures(old.count() + 1, old.since()));
    }

    private record Failures(int count, Instant since) {
    }
}
