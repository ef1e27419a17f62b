package org.jointacceptance.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka cluster on this machine: {@code size} KRaft nodes, each broker and controller and each its own
 * process, so that any of them can be killed ({@code kill -9}) and started again. Each partition is kept on three
 * brokers (or as many as there are), a write counts once all but one have it, and a replica that missed writes is
 * never made leader. The nodes' logs and the cluster's id live in a folder of ours, so a cluster started again on it
 * keeps its topics and offsets.
 */
public final class KafkaCluster implements AutoCloseable {

    /** On how many brokers each partition is kept, at most. */
    public static final int REPLICAS = 3;
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final Path dataDirectory;
    private final String clusterId;
    private final List<NodeProcess> nodes;

    private KafkaCluster(Path dataDirectory, String clusterId, List<NodeProcess> nodes) {
        this.dataDirectory = dataDirectory;
        this.clusterId = clusterId;
        this.nodes = nodes;
    }

    /** Starts {@code size} nodes with their data in {@code dataDirectory}; returns once every broker answers. */
    public static KafkaCluster start(Path dataDirectory, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A cluster has one node or more, not " + size);
        }
        List<NodeProcess> nodes = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            nodes.add(new NodeProcess(id, FreePorts.pick(), FreePorts.pick()));
        }
        KafkaCluster cluster = new KafkaCluster(dataDirectory, clusterId(dataDirectory), nodes);
        try {
            nodes.forEach(cluster::launch);
            cluster.awaitBrokers(size);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The brokers' addresses, as clients are given them. */
    public String bootstrapServers() {
        return nodes.stream().map(node -> "127.0.0.1:" + node.brokerPort).collect(Collectors.joining(","));
    }

    public int size() {
        return nodes.size();
    }

    /** On how many brokers each partition of this cluster is kept. */
    public int replicas() {
        return Math.min(REPLICAS, nodes.size());
    }

    /** Creates those of {@code topics} that do not exist yet, each with {@code partitions} partitions, replicated. */
    public void createTopics(Collection<String> topics, int partitions) {
        EmbeddedKafkaBroker.createTopics(bootstrapServers(), topics, partitions, replicas());
    }

    /** Kills node {@code id} at once, as {@code kill -9} does: no clean shutdown, nothing flushed. */
    public void kill(int id) {
        NodeProcess node = node(id);
        if (node.process != null) {
            node.process.destroyForcibly();
            waitFor(node.process, Duration.ofSeconds(30));
        }
    }

    /** Starts node {@code id} again, on its ports and its log, after {@link #kill}. */
    public void restart(int id) {
        NodeProcess node = node(id);
        if (node.process != null && node.process.isAlive()) {
            throw new IllegalStateException("Kafka node " + id + " is running");
        }
        launch(node);
    }

    /** The id of the broker leading {@code partition} of {@code topic} now; -1 while it has none. */
    public int leader(String topic, int partition) {
        try (Admin admin = admin()) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            Node leader = description.partitions().get(partition).leader();
            return leader == null || leader.isEmpty() ? -1 : leader.id();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot find the leader of " + topic + "-" + partition, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Asks every node to shut down cleanly, then kills any that has not within half a minute. */
    @Override
    public void close() {
        nodes.stream().filter(node -> node.process != null).forEach(node -> node.process.destroy());
        for (NodeProcess node : nodes) {
            if (node.process != null && !waitFor(node.process, Duration.ofSeconds(30))) {
                node.process.destroyForcibly();
                waitFor(node.process, Duration.ofSeconds(10));
            }
        }
    }

    private void launch(NodeProcess node) {
        Path directory = dataDirectory.resolve("node-" + node.id);
        String voters = nodes.stream().map(each -> each.id + "@127.0.0.1:" + each.controllerPort)
                .collect(Collectors.joining(","));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), KafkaNode.class.getName(), directory.toString(),
                String.valueOf(node.id), String.valueOf(node.brokerPort), String.valueOf(node.controllerPort), voters,
                clusterId, String.valueOf(replicas()));
        try {
            Files.createDirectories(directory);
            node.process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("node.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Kafka node " + node.id, e);
        }
    }

    /** Waits until {@code expected} brokers are registered with the cluster. */
    private void awaitBrokers(int expected) {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                for (NodeProcess node : nodes) {
                    if (!node.process.isAlive()) {
                        throw new IllegalStateException("Kafka node " + node.id + " stopped while starting; see "
                                + dataDirectory.resolve("node-" + node.id).resolve("node.log"));
                    }
                }
                try {
                    if (admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size() >= expected) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not answering yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The Kafka cluster in " + dataDirectory + " has not "
                            + expected + " brokers after " + READY_WITHIN.toMinutes() + " minutes");
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting Kafka", e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    private NodeProcess node(int id) {
        return nodes.stream().filter(node -> node.id == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No Kafka node " + id));
    }

    /** The cluster's id, made on its first start and kept with its data. */
    private static String clusterId(Path dataDirectory) {
        Path file = dataDirectory.resolve("cluster-id");
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.isRegularFile(file)) {
                Files.writeString(file, Uuid.randomUuid().toString());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the Kafka cluster's id in " + file, e);
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One node: its id and ports, kept across restarts, and its process while it runs. */
    private static final class NodeProcess {
        final int id;
        final int brokerPort;
        final int controllerPort;
        Process process;

        NodeProcess(int id, int brokerPort, int controllerPort) {
            this.id = id;
            this.brokerPort = brokerPort;
            this.controllerPort = controllerPort;
        }
    }
}
