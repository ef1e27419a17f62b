package org.jointacceptance.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/** A real single-node Apache Kafka broker in KRaft mode, run inside this JVM, keeping its log in a folder of ours. */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** How long creating the topics is retried while the broker is still settling in. */
    private static final Duration TOPICS_CREATED_WITHIN = Duration.ofMinutes(3);

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker on {@code port} (0 picks a free one) whose log lives in {@code dataDirectory}. A folder that
     * already holds a formatted log is reused, so topics and committed offsets survive a restart.
     */
    public static EmbeddedKafkaBroker start(Path dataDirectory, int port) {
        int brokerPort = port == 0 ? FreePorts.pick() : FreePorts.requireFree(port, "Kafka");
        int controllerPort = FreePorts.pick();
        Path logDirectory = dataDirectory.resolve("log");
        Properties config = brokerConfig(logDirectory, brokerPort, controllerPort);
        format(dataDirectory, logDirectory, config);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        server.startup();
        return new EmbeddedKafkaBroker(server, "127.0.0.1:" + brokerPort);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Creates the topics that do not exist yet, so that consumers find them when they first subscribe; retries for
     * a few minutes while the broker does not answer in time.
     */
    public void createTopics(Collection<String> topics, int partitions) {
        createTopics(bootstrapServers, topics, partitions, 1);
    }

    /**
     * Creates those of {@code topics} that do not exist yet on the cluster at {@code bootstrapServers}, each with
     * {@code partitions} partitions kept on {@code replicas} brokers; retries for a few minutes while the cluster does
     * not answer in time.
     */
    static void createTopics(String bootstrapServers, Collection<String> topics, int partitions, int replicas) {
        long deadline = System.nanoTime() + TOPICS_CREATED_WITHIN.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (true) {
                try {
                    Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                    List<NewTopic> missing = topics.stream().filter(topic -> !existing.contains(topic))
                            .map(topic -> new NewTopic(topic, partitions, (short) replicas)).toList();
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    // a broker starting on a busy machine can take a while; what was created stays created
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Cannot create the topics " + topics + " within "
                                + TOPICS_CREATED_WITHIN.toMinutes() + " minutes", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties brokerConfig(Path logDirectory, int brokerPort, int controllerPort) {
        return nodeConfig(logDirectory, 1, brokerPort, controllerPort, "1@127.0.0.1:" + controllerPort, 1);
    }

    /**
     * The configuration of one node, broker and controller, of a cluster whose controllers are {@code voters}
     * ({@code id@host:port,...}): its internal topics kept on {@code replicas} brokers, written to at least
     * {@code replicas - 1} (at least 1) before a write counts, and no replica that missed writes ever made leader.
     */
    static Properties nodeConfig(Path logDirectory, int nodeId, int brokerPort, int controllerPort, String voters,
            int replicas) {
        String minInSync = String.valueOf(Math.max(1, replicas - 1));
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(nodeId));
        config.put("controller.quorum.voters", voters);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", logDirectory.toString());
        config.put("num.partitions", "3");
        config.put("default.replication.factor", String.valueOf(replicas));
        config.put("min.insync.replicas", minInSync);
        config.put("unclean.leader.election.enable", "false");
        config.put("auto.create.topics.enable", "true");
        config.put("offsets.topic.replication.factor", String.valueOf(replicas));
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", String.valueOf(replicas));
        config.put("transaction.state.log.min.isr", minInSync);
        config.put("share.coordinator.state.topic.replication.factor", String.valueOf(replicas));
        config.put("share.coordinator.state.topic.min.isr", minInSync);
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("log.retention.hours", "168");
        // the compacted topics (committed offsets, the cluster's metadata) hold few keys; the default 128 MiB buffer
        // took that much of the heap and half a second to clear at every start
        config.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        // a broker for one machine's services: Kafka's thread counts are sized for a server's cores, and each idle
        // request handler, network thread and group coordinator thread wakes several times a second
        config.put("num.io.threads", "2");
        config.put("num.network.threads", "2");
        config.put("group.coordinator.threads", "1");
        // the active controller appends a no-op record to the metadata log (and flushes it) every 500 ms by default
        config.put("metadata.max.idle.interval.ms", "5000");
        return config;
    }

    private static void format(Path dataDirectory, Path logDirectory, Properties config) {
        format(dataDirectory, logDirectory, config, Uuid.randomUuid().toString());
    }

    /** Formats the node's log for the cluster {@code clusterId}, unless it holds a formatted log already. */
    static void format(Path dataDirectory, Path logDirectory, Properties config, String clusterId) {
        try {
            Files.createDirectories(logDirectory);
            if (Files.exists(logDirectory.resolve("meta.properties"))) {
                return;
            }
            Path configFile = dataDirectory.resolve("server.properties");
            try (Writer writer = Files.newBufferedWriter(configFile)) {
                config.store(writer, "embedded Kafka broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exitCode = StorageTool.execute(new String[] {
                    "format", "--cluster-id", clusterId, "--config", configFile.toString(),
                    "--ignore-formatted" }, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (exitCode != 0) {
                throw new IllegalStateException("Formatting the Kafka log in " + logDirectory + " failed: "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka log in " + logDirectory, e);
        }
    }
}
