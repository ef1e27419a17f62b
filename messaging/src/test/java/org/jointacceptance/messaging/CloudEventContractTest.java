package org.jointacceptance.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The events on the wire, as another system reads them: every realistic event, put on a record as the outbox relay
 * publishes it (through the SDK's {@code CloudEventSerializer}, which the services' channels use), is read by the
 * CloudEvents SDK's own Kafka deserializer with every attribute docs/events.md names, its data the event itself; and
 * our consumers read the same record back to the same envelope.
 */
class CloudEventContractTest {

    private static final OffsetDateTime OCCURRED = OffsetDateTime.parse("2025-09-03T09:30:12.345+08:00");

    static Stream<Arguments> realisticEvents() {
        return Stream.concat(RealisticEvents.fullyPopulated().stream(),
                RealisticEvents.withOnlyTheRequiredFields().stream())
                .map(event -> Arguments.of(EventCodec.typeOf(event), event));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realisticEvents")
    void the_sdks_kafka_deserializer_reads_every_event_with_its_attributes_and_data(String type, Record event) {
        String topic = EventCatalogue.topicOf(event.getClass());
        String key = keyOf(event);
        EventEnvelope published = new EventEnvelope(UUID.randomUUID().toString(), type,
                EventCatalogue.sourceOf(event.getClass()), subjectOf(event), OCCURRED,
                EventContractTest.CODEC.encode(event));
        Headers headers = new RecordHeaders();
        byte[] value;
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            serializer.configure(Map.of(), false);
            value = serializer.serialize(topic, headers, published.toCloudEvent());
        }

        CloudEvent read;
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            deserializer.configure(Map.of(), false);
            read = deserializer.deserialize(topic, headers, value);
        }

        assertThat(headerNames(headers)).as("binary mode, the attributes of docs/events.md in headers")
                .containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                        "content-type");
        assertThat(read.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(read.getId()).isEqualTo(published.id());
        assertThat(read.getType()).isEqualTo(type);
        assertThat(read.getSource()).isEqualTo(URI.create(EventCatalogue.sourceOf(event.getClass())));
        assertThat(read.getSubject()).isEqualTo(subjectOf(event));
        assertThat(read.getTime()).isEqualTo(OCCURRED);
        assertThat(read.getDataContentType()).isEqualTo("application/json");
        assertThat(read.getDataSchema()).isNull();
        assertThat(read.getExtensionNames()).isEmpty();
        EventEnvelope readData = new EventEnvelope(read.getId(), read.getType(), read.getSource().toString(),
                read.getSubject(), read.getTime(), new String(read.getData().toBytes(), StandardCharsets.UTF_8));
        assertThat(EventContractTest.CODEC.decode(readData, event.getClass())).as("the data is the event")
                .isEqualTo(event);

        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0, key,
                new String(value, StandardCharsets.UTF_8));
        headers.forEach(header -> record.headers().add(header));
        assertThat(EventEnvelope.from(record)).as("our consumers read the record back").isEqualTo(published);
    }

    /** The record key: the application's id, a calendar year's {@code calendar-<year>}. */
    private static String keyOf(Record event) {
        return event instanceof CalendarYearLoaded loaded ? "calendar-" + loaded.year()
                : RealisticEvents.APPLICATION.toString();
    }

    private static String subjectOf(Record event) {
        return event instanceof CalendarYearLoaded ? "calendar/" + keyOf(event) : "application/" + keyOf(event);
    }

    private static List<String> headerNames(Headers headers) {
        List<String> names = new ArrayList<>();
        for (Header header : headers) {
            names.add(header.key());
        }
        return names;
    }
}
