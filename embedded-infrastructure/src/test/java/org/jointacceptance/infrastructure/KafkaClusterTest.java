package org.jointacceptance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A three-node cluster keeps every record it acknowledged, once, while the leader of the partition written to is
 * killed ({@code kill -9}) and started again: what went in is compared with what comes out.
 */
class KafkaClusterTest {

    private static final String TOPIC = "department.events";
    private static final int RECORDS = 3_000;

    @Test
    void every_acknowledged_record_is_read_back_once_though_the_partitions_leader_was_killed(@TempDir Path data)
            throws InterruptedException {
        try (KafkaCluster cluster = KafkaCluster.start(data, 3)) {
            cluster.createTopics(List.of(TOPIC), 3);
            int leader = cluster.leader(TOPIC, 0);
            assertThat(leader).isPositive();

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            List<Exception> failed = new ArrayList<>();
            CountDownLatch third = new CountDownLatch(RECORDS / 3);
            CountDownLatch twoThirds = new CountDownLatch(2 * RECORDS / 3);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(cluster))) {
                Thread writer = new Thread(() -> {
                    for (int i = 0; i < RECORDS; i++) {
                        String value = String.valueOf(i);
                        producer.send(new ProducerRecord<>(TOPIC, "application-" + (i % 40), value),
                                (metadata, exception) -> {
                                    if (exception == null) {
                                        acknowledged.add(value);
                                    } else {
                                        synchronized (failed) {
                                            failed.add(exception);
                                        }
                                    }
                                    third.countDown();
                                    twoThirds.countDown();
                                });
                        if (i % 100 == 0) {
                            sleep(20);
                        }
                    }
                }, "writer");
                writer.start();
                assertThat(third.await(2, TimeUnit.MINUTES)).isTrue();
                cluster.kill(leader);
                assertThat(twoThirds.await(3, TimeUnit.MINUTES)).isTrue();
                cluster.restart(leader);
                writer.join();
                producer.flush();
            }

            assertThat(failed).as("writes refused while a broker was down").isEmpty();
            assertThat(acknowledged).hasSize(RECORDS);
            Map<String, Integer> read = readAll(cluster, acknowledged.size());
            assertThat(read.keySet()).as("every acknowledged record").containsAll(acknowledged);
            assertThat(read.values()).as("each record once").containsOnly(1);
            assertThat(cluster.leader(TOPIC, 0)).as("partition 0 led again").isPositive();
        }
    }

    private static Map<String, Object> producerConfig(KafkaCluster cluster) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 180_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return config;
    }

    /** Every record of the topic, from the beginning, by how often it was read; waits until {@code expected} are. */
    private static Map<String, Integer> readAll(KafkaCluster cluster, int expected) {
        Map<String, Integer> read = new HashMap<>();
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "compare");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            int total = 0;
            while (total < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    read.merge(record.value(), 1, Integer::sum);
                    total++;
                }
            }
            // anything doubled would come after the expected count: read a little longer
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(2))) {
                read.merge(record.value(), 1, Integer::sum);
            }
        }
        return read;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
