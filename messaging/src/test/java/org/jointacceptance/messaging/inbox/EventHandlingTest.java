package org.jointacceptance.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.messaging.MalformedEventException;
import org.junit.jupiter.api.Test;

/**
 * A failure that the same record would meet on every retry sends it to the dead-letter topic at once; any other
 * failure is left to be retried.
 */
class EventHandlingTest {

    @Test
    void data_the_database_refuses_goes_to_the_dead_letter_topic_with_the_databases_reason() {
        SQLException tooLong = new SQLException("ERROR: value too long for type character varying(64)", "22001");

        assertThatThrownBy(() -> EventHandling.handle(record(), event -> {
            throw new IllegalStateException("could not execute statement", new RuntimeException(tooLong));
        })).isInstanceOf(MalformedEventException.class).hasMessageContaining("character varying(64)");
    }

    @Test
    void a_database_that_is_unavailable_or_busy_is_retried() {
        SQLException unavailable = new SQLException("Connection refused", "08001");
        SQLException deadlock = new SQLException("deadlock detected", "40P01");

        assertThatThrownBy(() -> EventHandling.handle(record(), event -> {
            throw new IllegalStateException(unavailable);
        })).isNotInstanceOf(MalformedEventException.class).hasCause(unavailable);
        assertThatThrownBy(() -> EventHandling.handle(record(), event -> {
            throw new IllegalStateException(deadlock);
        })).isNotInstanceOf(MalformedEventException.class).hasCause(deadlock);
    }

    private static ConsumerRecord<String, String> record() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("department.events", 0, 7, "key", "{}");
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_type", bytes("InspectionResultSubmitted")).add("ce_source", bytes("/department-service"))
                .add("ce_time", bytes("2025-06-10T09:30:00+08:00"));
        return record;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
