package org.jointacceptance.infrastructure;

import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * One node, broker and controller, of a {@link KafkaCluster}, run as a process of its own so that it can be killed
 * and started again like a real server. Arguments: its data folder, node id, broker port, controller port, the
 * cluster's controllers ({@code id@host:port,...}), the cluster's id, and on how many brokers each partition is kept.
 */
public final class KafkaNode {

    private KafkaNode() {
    }

    public static void main(String[] args) {
        if (args.length != 7) {
            System.err.println("usage: KafkaNode DATA_DIRECTORY NODE_ID BROKER_PORT CONTROLLER_PORT VOTERS CLUSTER_ID "
                    + "REPLICAS");
            System.exit(2);
        }
        Path dataDirectory = Path.of(args[0]);
        Path logDirectory = dataDirectory.resolve("log");
        Properties config = EmbeddedKafkaBroker.nodeConfig(logDirectory, Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], Integer.parseInt(args[6]));
        EmbeddedKafkaBroker.format(dataDirectory, logDirectory, config, args[5]);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }, "kafka-node-stop"));
        server.startup();
        server.awaitShutdown();
    }
}
