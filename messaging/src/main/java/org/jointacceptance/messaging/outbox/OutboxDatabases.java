package org.jointacceptance.messaging.outbox;

/**
 * Where a service keeps its outbox, for a service that keeps more than one: a department-service serving several
 * departments, each in its own database. {@link OutboxRelay} runs its work once in each; without such a bean, once.
 */
@FunctionalInterface
public interface OutboxDatabases {

    /** Runs {@code work} once against each database, one after another. */
    void each(Runnable work);
}
