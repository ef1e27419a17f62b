package org.jointacceptance.messaging;

import java.sql.SQLException;
import java.time.Duration;

import org.jboss.logging.Logger;

/**
 * What a service reads from its database as it starts, tried again while the database cannot be reached (PostgreSQL
 * restarting after a crash, say): a failure there would stop the service before it ever ran, and nothing may be
 * there to start it again. Connection failures only (SQL states of classes 08 and 57P), for a minute and a half at
 * most, as Flyway waits for the database before it; any other failure stops the start at once.
 */
public final class ReadAtStart {

    private static final Logger LOG = Logger.getLogger(ReadAtStart.class);
    private static final Duration AT_MOST = Duration.ofSeconds(90);
    private static final Duration PAUSE = Duration.ofSeconds(2);

    private ReadAtStart() {
    }

    /** Runs {@code read}, again after a pause while the database cannot be reached. */
    public static void retrying(String what, Runnable read) {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (true) {
            try {
                read.run();
                return;
            } catch (RuntimeException e) {
                if (!unreachable(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warnf("The database cannot be reached yet (%s); %s again in %d s", e.getMessage(), what,
                        PAUSE.toSeconds());
                try {
                    Thread.sleep(PAUSE.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
