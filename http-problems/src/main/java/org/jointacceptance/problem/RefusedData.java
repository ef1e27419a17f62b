package org.jointacceptance.problem;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A value the database refuses as data: PostgreSQL's error class 22, such as a string too long for its column or a
 * date or number out of range. Whoever sent it, a client or another service, would be refused again: it is bad
 * input, answered with a 400 problem or sent to the dead-letter topic, never a failure of the service to retry.
 */
public final class RefusedData {

    private static final String DATA_EXCEPTION_CLASS = "22";

    private RefusedData() {
    }

    /** The database's refusal somewhere among the causes of {@code failure}, if it is one. */
    public static Optional<SQLException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
