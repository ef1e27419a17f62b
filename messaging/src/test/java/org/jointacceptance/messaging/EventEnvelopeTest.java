package org.jointacceptance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A record is read as one of our events only when it is a complete CloudEvent 1.0 in binary mode, as the CloudEvents
 * SDK reads it, with a time, and no larger than a consumer keeps.
 */
class EventEnvelopeTest {

    private static final Map<String, String> ATTRIBUTES = Map.of("ce_specversion", "1.0",
            "ce_id", UUID.randomUUID().toString(), "ce_type", "InspectionResultSubmitted",
            "ce_source", "/department-service", "ce_time", "2025-06-10T09:30:00+08:00");

    @Test
    void a_complete_record_is_read() {
        EventEnvelope envelope = EventEnvelope.from(record(ATTRIBUTES, "{\"round\":1}"));

        assertThat(envelope.type()).isEqualTo("InspectionResultSubmitted");
        assertThat(envelope.data()).isEqualTo("{\"round\":1}");
        assertThat(envelope.source()).isEqualTo("/department-service");
        assertThat(envelope.time()).isEqualTo(OffsetDateTime.parse("2025-06-10T09:30:00+08:00"));
    }

    @Test
    void a_record_that_is_not_a_cloudevent_1_0_is_refused() {
        Map<String, String> withoutVersion = new HashMap<>(ATTRIBUTES);
        withoutVersion.remove("ce_specversion");
        Map<String, String> olderVersion = new HashMap<>(ATTRIBUTES);
        olderVersion.put("ce_specversion", "0.3");
        Map<String, String> unknownVersion = new HashMap<>(ATTRIBUTES);
        unknownVersion.put("ce_specversion", "2.0");

        assertThatThrownBy(() -> EventEnvelope.from(record(withoutVersion, "{}")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("not a CloudEvent");
        assertThatThrownBy(() -> EventEnvelope.from(record(olderVersion, "{}")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_specversion=0.3");
        assertThatThrownBy(() -> EventEnvelope.from(record(unknownVersion, "{}")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("2.0");
    }

    @Test
    void a_record_without_an_id_a_source_or_a_readable_time_is_refused() {
        for (String attribute : List.of("ce_id", "ce_source", "ce_time")) {
            Map<String, String> without = new HashMap<>(ATTRIBUTES);
            without.remove(attribute);
            assertThatThrownBy(() -> EventEnvelope.from(record(without, "{}"))).as(attribute)
                    .isInstanceOf(MalformedEventException.class);
        }
        Map<String, String> unreadableTime = new HashMap<>(ATTRIBUTES);
        unreadableTime.put("ce_time", "10.06.2025 09:30");

        assertThatThrownBy(() -> EventEnvelope.from(record(unreadableTime, "{}")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("10.06.2025 09:30");
    }

    @Test
    void a_record_without_data_is_refused() {
        assertThatThrownBy(() -> EventEnvelope.from(record(ATTRIBUTES, null)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("has no data");
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
