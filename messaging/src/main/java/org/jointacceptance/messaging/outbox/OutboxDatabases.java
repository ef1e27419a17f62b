package org.jointacceptance.messaging.outbox;

import java.util.List;

/**
 * Where a service keeps its outbox, for a service that keeps more than one: a department-service serving several
 * departments, each in its own database. {@link OutboxRelay} works in each; without such a bean, in the one.
 */
public interface OutboxDatabases {

    /** A service's one database. */
    OutboxDatabases ONE = new OutboxDatabases() {
        @Override
        public List<String> all() {
            return List.of("the database");
        }

        @Override
        public String current() {
            return "the database";
        }

        @Override
        public void in(String database, Runnable work) {
            work.run();
        }
    };

    /** Every database, by name. */
    List<String> all();

    /** The database the current transaction writes to. */
    String current();

    /** Runs {@code work} against the database named. */
    void in(String database, Runnable work);
}
