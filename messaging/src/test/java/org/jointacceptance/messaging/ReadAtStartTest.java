package org.jointacceptance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A read at start outlives a database that is restarting, and nothing else. */
class ReadAtStartTest {

    @Test
    void a_read_is_tried_again_while_the_database_is_starting_up() {
        AtomicInteger attempts = new AtomicInteger();

        ReadAtStart.retrying("reading", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw failure("57P03", "FATAL: the database system is starting up");
            }
        });

        assertThat(attempts).hasValue(2);
    }

    @Test
    void any_other_failure_stops_the_start_at_once() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> ReadAtStart.retrying("reading", () -> {
            attempts.incrementAndGet();
            throw failure("42P01", "ERROR: relation \"calendar_year\" does not exist");
        })).hasRootCauseMessage("ERROR: relation \"calendar_year\" does not exist");
        assertThat(attempts).hasValue(1);
    }

    private static RuntimeException failure(String sqlState, String message) {
        return new IllegalStateException("JDBC exception executing SQL", new SQLException(message, sqlState));
    }
}
