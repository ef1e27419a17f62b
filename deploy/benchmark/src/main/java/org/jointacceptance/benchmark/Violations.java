package org.jointacceptance.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Everything that went wrong in a run: a run with any violation is not a result. The first few are kept to show. */
final class Violations {

    private static final int KEPT = 20;

    private final AtomicLong count = new AtomicLong();
    private final List<String> first = new ArrayList<>();

    /** A violation recorded, as the exception that stops the work it broke. */
    static final class Violation extends IllegalStateException {
        Violation(String description) {
            super(description);
        }
    }

    /** Records a violation and returns the exception that stops the work it broke. */
    Violation record(String description) {
        count.incrementAndGet();
        synchronized (first) {
            if (first.size() < KEPT) {
                first.add(description);
                System.out.println("  violation: " + description);
            }
        }
        return new Violation(description);
    }

    long count() {
        return count.get();
    }

    List<String> first() {
        synchronized (first) {
            return List.copyOf(first);
        }
    }
}
