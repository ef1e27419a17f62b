package org.jointacceptance.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the services' events as they reach Kafka: each InspectionRequested becomes work for an inspector, each
 * SectionDecided closes a round (and a rectification notice is answered by the firm), each DeadlineWarning and
 * OwedMaterialOverdue is noted, and every event's time from its commit (as its service saw it: the record's
 * {@code outbox-committed-at}) to its broker timestamp and to this consumer is measured, and from the event's own time
 * ({@code ce_time}) to its broker timestamp.
 */
final class EventWatch implements AutoCloseable {

    static final List<String> TOPICS = List.of("acceptance.events", "department.events");

    private final KafkaConsumer<String, String> consumer;
    private final Ledger ledger;
    private final Violations violations;
    private final Consumer<Decided> onRectificationRequired;
    private final ExecutorService firmWork;
    private final Thread thread;
    private volatile boolean running = true;
    private final AtomicLong read = new AtomicLong();

    /** A section's rectification notice, with how many findings it names. */
    record Decided(UUID applicationId, UUID sectionId, int findings) {
    }

    EventWatch(String bootstrapServers, Ledger ledger, Violations violations, ExecutorService firmWork,
            Consumer<Decided> onRectificationRequired) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        // a position a new leader does not know (a broker killed) is read again from the start, never skipped
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(properties);
        this.ledger = ledger;
        this.violations = violations;
        this.firmWork = firmWork;
        this.onRectificationRequired = onRectificationRequired;
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            for (PartitionInfo partition : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now: only what happens from here on counts
        this.thread = new Thread(this::run, "benchmark-event-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            ConsumerRecords<String, String> records;
            try {
                records = consumer.poll(Duration.ofMillis(50));
            } catch (KafkaException e) {
                System.out.println("  reading events: " + e + "; reading on");
                continue;
            }
            for (ConsumerRecord<String, String> record : records) {
                try {
                    read(record);
                } catch (RuntimeException e) {
                    violations.record("unreadable event on " + record.topic() + ": " + e);
                }
            }
        }
        consumer.close();
    }

    /** How many records it has read. */
    long read() {
        return read.get();
    }

    private void read(ConsumerRecord<String, String> record) {
        long seen = System.nanoTime();
        Instant received = Instant.now();
        read.incrementAndGet();
        String type = header(record, "ce_type");
        String time = header(record, "ce_time");
        Step.Measure measure = ledger.current();
        if (measure != null && time != null) {
            String committed = header(record, "outbox-committed-at");
            measure.outboxLag(String.valueOf(header(record, "ce_source")), OffsetDateTime.parse(time).toInstant(),
                    committed == null ? null : Instant.parse(committed), Instant.ofEpochMilli(record.timestamp()),
                    received);
        }
        if (type == null) {
            return;
        }
        JsonNode event = readJson(record.value());
        switch (type) {
            case "InspectionRequested" -> ledger.requested(new Ledger.Task(event.path("department").asText(),
                    uuid(event, "applicationId"), uuid(event, "sectionId"), event.path("round").asInt()));
            case "SectionDecided" -> decided(event, header(record, "ce_id"), seen);
            case "DeadlineWarning" -> ledger.warned(new Ledger.Warning(uuid(event, "applicationId"),
                    event.path("sectionId").isTextual() ? uuid(event, "sectionId") : null,
                    event.path("department").textValue(), event.path("round").asInt(), event.path("level").asText()),
                    header(record, "ce_id"));
            case "OwedMaterialOverdue" -> ledger.materialOverdue(uuid(event, "applicationId"), header(record, "ce_id"));
            default -> { }
        }
    }

    private void decided(JsonNode event, String eventId, long seen) {
        UUID section = uuid(event, "sectionId");
        String decision = event.path("decision").asText();
        if (ledger.decided(section, event.path("round").asInt(), decision, eventId, seen)
                && decision.equals("RECTIFICATION_REQUIRED")) {
            Decided notice = new Decided(uuid(event, "applicationId"), section, event.path("findings").size());
            firmWork.execute(() -> {
                try {
                    onRectificationRequired.accept(notice);
                } catch (RuntimeException e) {
                    // recorded as a violation by the call that failed
                }
            });
        }
    }

    private static JsonNode readJson(String value) {
        try {
            return Api.JSON.readTree(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    private static UUID uuid(JsonNode event, String field) {
        return UUID.fromString(event.path(field).asText());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(10).toMillis());
    }
}
