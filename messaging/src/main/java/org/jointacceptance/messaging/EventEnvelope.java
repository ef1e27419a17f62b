package org.jointacceptance.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One event as it travels on Kafka: a CloudEvent in binary mode, the attributes in {@code ce_} headers and the JSON
 * payload as the record value.
 */
public record EventEnvelope(String id, String type, String source, String subject, OffsetDateTime time, String data) {

    public static final String SPEC_VERSION = "1.0";

    /**
     * The most characters of data an event may have. Ours have a few kilobytes; the limit stays well below Kafka's
     * default record size (1 MiB), so that a record refused for its size still fits on the dead-letter topic.
     */
    public static final int MAX_DATA_LENGTH = 512 * 1024;

    /** Reads a consumed record; a record that is not a CloudEvent of ours is refused with the reason. */
    public static EventEnvelope from(ConsumerRecord<String, String> record) {
        String specVersion = header(record, "ce_specversion");
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new MalformedEventException("not a CloudEvent " + SPEC_VERSION + " (ce_specversion=" + specVersion + ")");
        }
        // as long as the consumed_event table keeps them
        String id = required(record, "ce_id", 128);
        String type = required(record, "ce_type", 128);
        String source = required(record, "ce_source", 256);
        String time = required(record, "ce_time", 64);
        if (record.value() == null || record.value().isBlank()) {
            throw new MalformedEventException("event " + id + " has no data");
        }
        if (record.value().length() > MAX_DATA_LENGTH) {
            throw new MalformedEventException("event " + id + " has " + record.value().length()
                    + " characters of data; at most " + MAX_DATA_LENGTH + " are read");
        }
        try {
            return new EventEnvelope(id, type, source, header(record, "ce_subject"), OffsetDateTime.parse(time),
                    record.value());
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("event " + id + " has an unreadable ce_time: " + time);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name, int maxLength) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("the CloudEvent attribute " + name + " is missing");
        }
        if (value.length() > maxLength) {
            throw new MalformedEventException("the CloudEvent attribute " + name + " has " + value.length()
                    + " characters; at most " + maxLength + " are read");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
