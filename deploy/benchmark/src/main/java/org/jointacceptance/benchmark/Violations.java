package org.jointacceptance.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Everything that went wrong in a run: a run with any violation is not a result. The first few are kept to show. */
final class Violations {

    private static final int KEPT = 20;

    private final AtomicLong count = new AtomicLong();
    private final List<String> first = new ArrayList<>();

    /** Records a violation and returns the exception that stops the work it broke. */
    IllegalStateException record(String description) {
        count.incrementAndGet();
        synchronized (first) {
            if (first.size() < KEPT) {
                first.add(description);
            }
        }
        return new IllegalStateException(description);
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
