package org.jointacceptance.portal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How often one reader (one address) may look an application up: a few times a minute, enough for a person, too few
 * for a program walking through numbers. acceptance-service also stops a number after a few wrong codes.
 */
@ApplicationScoped
public class LookupLimit {

    static final int PER_MINUTE = 10;
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();
    /** Readers followed at most; past it, the ones whose minute is over are forgotten. */
    private static final int FOLLOWED = 10_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one lookup by {@code reader}; false when it is over the limit of its current minute. */
    boolean allows(String reader) {
        long now = System.nanoTime();
        if (windows.size() >= FOLLOWED) {
            windows.values().removeIf(window -> now - window.start() > MINUTE);
        }
        Window window = windows.merge(reader, new Window(now, 1),
                (old, one) -> now - old.start() > MINUTE ? one : new Window(old.start(), old.count() + 1));
        return window.count() <= PER_MINUTE;
    }

    private record Window(long start, int count) {
    }
}
