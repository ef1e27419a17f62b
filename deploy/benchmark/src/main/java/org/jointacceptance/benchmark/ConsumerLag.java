package org.jointacceptance.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the services' consumers are behind on the event topics, from their committed offsets: zero once every
 * service has applied every event published so far (give or take the services' periodic offset commits).
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
    }

    long records() throws Exception {
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(10, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            offsets.forEach((partition, offset) -> {
                if (offset != null && EventWatch.TOPICS.contains(partition.topic())) {
                    committed.merge(partition, offset.offset(), Math::min);
                }
            });
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(10, TimeUnit.SECONDS);
        return committed.entrySet().stream().mapToLong(entry -> ends.get(entry.getKey()).offset() - entry.getValue())
                .sum();
    }

    /** Waits until no consumer is behind, for at most {@code atMost}; returns the lag left. */
    long awaitCaughtUp(Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        long lag;
        while ((lag = records()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close();
    }
}
