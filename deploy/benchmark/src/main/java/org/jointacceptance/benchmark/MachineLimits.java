package org.jointacceptance.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the machine itself allows, measured on the same PostgreSQL and Kafka the services use: committed
 * single-row inserts per second, and a record's round trip from producer to consumer. The services cannot beat
 * these.
 */
final class MachineLimits {

    /** Committed single-row inserts, each its own transaction, per second. */
    record Inserts(int connections, double perSecond) {
    }

    record KafkaRoundTrip(int records, double p50Millis, double p99Millis) {
    }

    private MachineLimits() {
    }

    static Inserts inserts(String jdbcUrl, String user, int connections, Duration duration) throws Exception {
        try (Connection setup = DriverManager.getConnection(jdbcUrl, user, "")) {
            setup.createStatement().execute("create table if not exists probe (id bigserial primary key, "
                    + "at timestamptz not null default now(), note text)");
        }
        AtomicLong committed = new AtomicLong();
        long until = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                        PreparedStatement insert = connection.prepareStatement("insert into probe (note) values (?)")) {
                    while (System.nanoTime() < until) {
                        insert.setString(1, "one committed row");
                        insert.executeUpdate();
                        committed.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Inserts(connections, committed.get() / (duration.toNanos() / 1e9));
    }

    /** Sends {@code records} one at a time (acks=all), each after the previous one was consumed. */
    static KafkaRoundTrip kafkaRoundTrip(String bootstrapServers, int records) throws Exception {
        String topic = "benchmark.round-trip." + UUID.randomUUID();
        try (Admin admin = Admin.create(java.util.Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Properties producerProperties = new Properties();
        producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        producerProperties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProperties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Properties consumerProperties = new Properties();
        consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProperties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        consumerProperties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProperties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Histogram micros = new Histogram(3);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties);
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            for (int i = 0; i < records; i++) {
                long sent = System.nanoTime();
                String value = Integer.toString(i);
                producer.send(new ProducerRecord<>(topic, value, value));
                boolean received = false;
                while (!received) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        received |= record.value().equals(value);
                    }
                }
                micros.recordValue((System.nanoTime() - sent) / 1000);
            }
        }
        return new KafkaRoundTrip(records, micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0);
    }
}
