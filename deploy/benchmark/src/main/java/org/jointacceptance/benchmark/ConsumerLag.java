package org.jointacceptance.benchmark;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the services' consumers are behind on the event topics, from their committed offsets: zero once every
 * service has applied every event published so far (give or take the services' periodic offset commits). A partition
 * a consumer is assigned but has committed nothing on counts from its start, and a group in the middle of a rebalance
 * counts as behind: neither has applied what it has not yet said it has.
 */
final class ConsumerLag implements AutoCloseable {

    /** The states of a group not in a rebalance: settled with members, with none, or gone. */
    private static final Set<GroupState> SETTLED = Set.of(GroupState.STABLE, GroupState.EMPTY, GroupState.DEAD);

    private final Admin admin;

    ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
    }

    long records() throws Exception {
        Collection<String> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                .get(10, TimeUnit.SECONDS).stream().map(GroupListing::groupId).toList();
        Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(groups).all()
                .get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> positions = new HashMap<>(); // the furthest behind of every group's, by partition
        Set<TopicPartition> uncommitted = new HashSet<>();
        long unsettled = 0;
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            offsets.forEach((partition, offset) -> {
                if (offset != null && EventWatch.TOPICS.contains(partition.topic())) {
                    positions.merge(partition, offset.offset(), Math::min);
                }
            });
            ConsumerGroupDescription description = descriptions.get(group);
            for (MemberDescription member : description.members()) {
                member.assignment().topicPartitions().stream()
                        .filter(partition -> EventWatch.TOPICS.contains(partition.topic()))
                        .filter(partition -> offsets.get(partition) == null)
                        .forEach(uncommitted::add);
            }
            if (!SETTLED.contains(description.groupState())) {
                unsettled++;
            }
        }
        offsets(uncommitted, OffsetSpec.earliest()).forEach((partition, start) ->
                positions.merge(partition, start, Math::min));
        Map<TopicPartition, Long> ends = offsets(positions.keySet(), OffsetSpec.latest());
        return unsettled + positions.entrySet().stream()
                .mapToLong(position -> ends.get(position.getKey()) - position.getValue()).sum();
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        partitions.forEach(partition -> wanted.put(partition, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(wanted).all().get(10, TimeUnit.SECONDS)
                .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
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
