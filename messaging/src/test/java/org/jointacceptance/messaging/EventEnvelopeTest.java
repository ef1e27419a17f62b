package org.jointacceptance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A record is read as one of our events only when its envelope is complete and no larger than a consumer keeps. */
class EventEnvelopeTest {

    private static final Map<String, String> ATTRIBUTES = Map.of("ce_specversion", "1.0",
            "ce_id", UUID.randomUUID().toString(), "ce_type", "InspectionResultSubmitted",
            "ce_source", "/department-service", "ce_time", "2025-06-10T09:30:00+08:00");

    @Test
    void a_complete_record_is_read() {
        EventEnvelope envelope = EventEnvelope.from(record(ATTRIBUTES, "{\"round\":1}"));

        assertThat(envelope.type()).isEqualTo("InspectionResultSubmitted");
        assertThat(envelope.data()).isEqualTo("{\"round\":1}");
    }

    @Test
    void data_larger_than_a_consumer_reads_is_refused() {
        String oversized = "{\"reason\":\"" + "x".repeat(EventEnvelope.MAX_DATA_LENGTH) + "\"}";

        assertThatThrownBy(() -> EventEnvelope.from(record(ATTRIBUTES, oversized)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("characters of data");
    }

    @Test
    void an_attribute_longer_than_the_consumed_events_keep_it_is_refused() {
        Map<String, String> longId = new HashMap<>(ATTRIBUTES);
        longId.put("ce_id", "1".repeat(129));

        assertThatThrownBy(() -> EventEnvelope.from(record(longId, "{}")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_id");
    }

    private static ConsumerRecord<String, String> record(Map<String, String> attributes, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("department.events", 0, 0, "key", value);
        attributes.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
