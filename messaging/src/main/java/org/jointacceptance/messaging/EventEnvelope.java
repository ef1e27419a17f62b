package org.jointacceptance.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One event as it travels on Kafka: a CloudEvent 1.0 in binary mode, the attributes in {@code ce_} headers and the
 * JSON payload as the record value, written and read by the CloudEvents SDK ({@code cloudevents-kafka}), as any
 * other consumer of the topics reads them.
 */
public record EventEnvelope(String id, String type, String source, String subject, OffsetDateTime time, String data) {

    public static final String DATA_CONTENT_TYPE = "application/json";

    /**
     * The most characters of data an event may have. Ours have a few kilobytes; the limit stays well below Kafka's
     * default record size (1 MiB), so that a record refused for its size still fits on the dead-letter topic.
     */
    public static final int MAX_DATA_LENGTH = 512 * 1024;

    /** As long as the consumed_event table keeps them. */
    private static final int MAX_ID_LENGTH = 128;
    private static final int MAX_TYPE_LENGTH = 128;
    private static final int MAX_SOURCE_LENGTH = 256;

    /** The event as the CloudEvents SDK writes it: {@code CloudEventSerializer} puts it on the record. */
    public CloudEvent toCloudEvent() {
        return CloudEventBuilder.v1()
                .withId(id)
                .withType(type)
                .withSource(URI.create(source))
                .withSubject(subject)
                .withTime(time)
                .withData(DATA_CONTENT_TYPE, data.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** Reads a consumed record; a record that is not a CloudEvent of ours is refused with the reason. */
    public static EventEnvelope from(ConsumerRecord<String, String> record) {
        CloudEvent event = read(record);
        if (event.getSpecVersion() != SpecVersion.V1) {
            throw new MalformedEventException("not a CloudEvent " + SpecVersion.V1 + " (ce_specversion="
                    + event.getSpecVersion() + ")");
        }
        String id = required("ce_id", event.getId(), MAX_ID_LENGTH);
        String type = required("ce_type", event.getType(), MAX_TYPE_LENGTH);
        String source = required("ce_source", event.getSource().toString(), MAX_SOURCE_LENGTH);
        if (event.getTime() == null) {
            throw new MalformedEventException("the CloudEvent attribute ce_time is missing");
        }
        String data = event.getData() == null ? "" : new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        if (data.isBlank()) {
            throw new MalformedEventException("event " + id + " has no data");
        }
        if (data.length() > MAX_DATA_LENGTH) {
            throw new MalformedEventException("event " + id + " has " + data.length()
                    + " characters of data; at most " + MAX_DATA_LENGTH + " are read");
        }
        return new EventEnvelope(id, type, source, event.getSubject(), event.getTime(), data);
    }

    private static CloudEvent read(ConsumerRecord<String, String> record) {
        try {
            return KafkaMessageFactory.createReader(record.headers(),
                    record.value() == null ? null : record.value().getBytes(StandardCharsets.UTF_8)).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            // the SDK refuses a record without ce_specversion, with an unknown one, an unreadable ce_time or
            // ce_source, or without one of the attributes every CloudEvent has
            throw new MalformedEventException("not a CloudEvent: " + e.getMessage(), e);
        }
    }

    private static String required(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("the CloudEvent attribute " + name + " is missing");
        }
        if (value.length() > maxLength) {
            throw new MalformedEventException("the CloudEvent attribute " + name + " has " + value.length()
                    + " characters; at most " + maxLength + " are read");
        }
        return value;
    }
}
