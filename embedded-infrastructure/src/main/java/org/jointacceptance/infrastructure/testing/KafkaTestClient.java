package org.jointacceptance.infrastructure.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What a test needs of a topic: send a CloudEvent as another service would, and read what a service published. */
public final class KafkaTestClient {

    private final String bootstrapServers;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaTestClient forTestInfrastructure() {
        return new KafkaTestClient(TestInfrastructure.get().bootstrapServers());
    }

    /** Sends a CloudEvent in binary mode with the given id; returns that id. */
    public String sendEvent(String topic, String key, String eventId, String type, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", type);
        header(record, "ce_source", "/test");
        header(record, "ce_time", OffsetDateTime.now().toString());
        header(record, "content-type", "application/json");
        send(record);
        return eventId;
    }

    public String sendEvent(String topic, String key, String type, String json) {
        return sendEvent(topic, key, UUID.randomUUID().toString(), type, json);
    }

    /** Sends a record exactly as given, headers and all, e.g. a malformed one. */
    public void send(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the record", e.getCause());
        }
    }

    /** Every record on {@code topic} that matches, read from the beginning until {@code quiet} passes with nothing new. */
    public List<ConsumerRecord<String, String>> records(String topic, Predicate<ConsumerRecord<String, String>> matching,
            Duration quiet) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long quietUntil = System.nanoTime() + quiet.toNanos();
            long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < quietUntil && System.nanoTime() < giveUpAt) {
                var batch = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, String> record : batch) {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                }
                if (!batch.isEmpty() || consumer.assignment().isEmpty()) {
                    quietUntil = System.nanoTime() + quiet.toNanos();
                }
            }
        }
        return found;
    }

    /**
     * Every record on {@code topic} that matches, from its beginning to its end as of now: what a test reads once it
     * knows that everything it waits for has been published (an outbox with nothing left to publish, say), without
     * waiting for the topic to fall quiet. Gives up after 30 s without a record.
     */
    public List<ConsumerRecord<String, String>> recordsSoFar(String topic,
            Predicate<ConsumerRecord<String, String>> matching) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > giveUpAt) {
                    throw new IllegalStateException("Could not read " + topic + " to its end " + end);
                }
                var batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty()) {
                    giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                }
                for (ConsumerRecord<String, String> record : batch) {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
