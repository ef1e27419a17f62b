package org.jointacceptance.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jointacceptance.infrastructure.KafkaCluster;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.local.LocalStack;
import org.jointacceptance.local.ServiceProcess;

/**
 * The faults of a kill-and-compare run, one after another at seeded moments while the work goes on: a service
 * process killed ({@code kill -9}) and started again (each kind of service at least once: acceptance-service,
 * notification-service, a department with two instances and one with one), a Kafka broker killed and started again,
 * the leader of a {@code department.events} partition killed and started again, PostgreSQL crashed and started
 * again, the firm's webhook receiver or the mail server down for a while, and a service's consumer group moved back
 * (every instance of the service killed, the group's offsets moved back, the instances started again: events delivered
 * again), and one record no service can read on each topic the services consume. A broker is down a few seconds at most, and never
 * two at once.
 */
final class Faults implements Runnable {

    /** What is made to fail. */
    enum Kind {
        SERVICE, BROKER, PARTITION_LEADER, POSTGRESQL, WEBHOOK_RECEIVER, MAIL_SERVER, OFFSETS_BACK, MALFORMED_RECORDS
    }

    /** A fault injected: when (seconds from the start), what kind, on what. */
    record Injected(double at, Kind kind, String target) {
    }

    private static final Duration FIRST_AFTER = Duration.ofSeconds(3);
    /** How far a consumer group is moved back on each partition, in records. */
    private static final long RECORDS_BACK = 100;
    /**
     * The topics the services consume, each with the type of the unreadable record sent to it: one that every consumer
     * group of the topic reads (a group passes over, unread, the types it does not) and the benchmark's own watch of
     * the events does not.
     */
    private static final Map<String, String> CONSUMED = Map.of("acceptance.events", "RoutingChanged",
            "department.events", "SpecialProcedureOpened");

    private final LocalStack stack;
    /** The department-services of fire protection and of quality supervision: two, or the one serving both. */
    private final String fire;
    private final String quality;
    /** The services whose consumer groups are moved back; each group is named after its service. */
    private final List<String> consuming;
    private final KafkaCluster cluster;
    private final WebhookReceiver receiver;
    private final MailServer mailServer;
    private final Random random;
    private final int count;
    private final Consumer<String> log;
    private final List<Injected> injected = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> malformed = new ConcurrentHashMap<>();
    private final long started = System.nanoTime();
    private volatile RuntimeException failure;

    Faults(LocalStack stack, WebhookReceiver receiver, MailServer mailServer, long seed, int count,
            Consumer<String> log) {
        this.stack = stack;
        this.fire = stack.department("fire").orElseThrow().name();
        this.quality = stack.department("quality").orElseThrow().name();
        this.consuming = List.of("acceptance-service", "notification-service", fire, quality);
        this.cluster = stack.kafkaCluster().orElseThrow(() -> new IllegalStateException("Faults need a Kafka cluster"));
        this.receiver = receiver;
        this.mailServer = mailServer;
        this.random = new Random(seed);
        this.count = count;
        this.log = log;
    }

    @Override
    public void run() {
        try {
            Load.pause(FIRST_AFTER);
            List<String> services = stack.services().stream().map(ServiceProcess::name)
                    .filter(name -> !name.equals("web-portal")).toList();
            for (Runnable fault : plan(services)) {
                fault.run();
                Load.pause(Duration.ofMillis(1_500 + random.nextInt(2_500)));
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Why the faults could not all be injected, if they could not. */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** The faults in their seeded order: each kind of fault and of service first, then drawn at random. */
    private List<Runnable> plan(List<String> services) {
        List<Runnable> planned = new ArrayList<>(List.of(
                () -> service(drawn(services, "acceptance-service")),
                () -> service(drawn(services, "notification-service")),
                () -> service(drawn(services, fire)),
                () -> service(quality),
                this::broker, this::partitionLeader, this::postgresql, this::receiverDown, this::mailServerDown,
                () -> offsetsBack(consuming.get(random.nextInt(consuming.size())), services), this::malformedRecords));
        Collections.shuffle(planned, random);
        while (planned.size() < count) {
            int draw = random.nextInt(20);
            planned.add(draw < 10 ? () -> service(services.get(random.nextInt(services.size())))
                    : draw < 13 ? this::broker : draw < 15 ? this::partitionLeader : draw < 17 ? this::postgresql
                            : draw < 18 ? this::receiverDown : draw < 19 ? this::mailServerDown
                                    : () -> offsetsBack(consuming.get(random.nextInt(consuming.size())), services));
        }
        return planned.subList(0, Math.min(count, planned.size()));
    }

    /** One of the instances of a service, drawn. */
    private String drawn(List<String> services, String name) {
        List<String> instances = instances(services, name);
        return instances.get(random.nextInt(instances.size()));
    }

    /** The instances of a service: its first ({@code name}) and its replicas ({@code name-2}...). */
    private static List<String> instances(List<String> services, String name) {
        return services.stream().filter(each -> each.equals(name) || each.startsWith(name + "-"))
                .filter(each -> each.substring(name.length()).matches("(-[0-9])?")).toList();
    }

    private void service(String name) {
        record(Kind.SERVICE, name);
        stack.crash(name);
    }

    private void broker() {
        int node = 1 + random.nextInt(cluster.size());
        record(Kind.BROKER, "broker " + node);
        down(node);
    }

    private void partitionLeader() {
        int partition = random.nextInt(LocalStack.PARTITIONS);
        int leader = cluster.leader("department.events", partition);
        if (leader < 0) {
            return;
        }
        record(Kind.PARTITION_LEADER, "broker " + leader + ", leader of department.events-" + partition);
        down(leader);
    }

    /** Kills the broker, leaves it down a few seconds, and starts it again. */
    private void down(int node) {
        cluster.kill(node);
        Load.pause(Duration.ofMillis(1_000 + random.nextInt(4_000)));
        cluster.restart(node);
    }

    private void postgresql() {
        record(Kind.POSTGRESQL, "PostgreSQL");
        stack.crashPostgres();
    }

    /**
     * Every instance of {@code service} killed; once their group has none left, its offsets moved back
     * {@link #RECORDS_BACK} records on each partition; the instances started again.
     */
    private void offsetsBack(String service, List<String> services) {
        record(Kind.OFFSETS_BACK, service + "'s consumer group, " + RECORDS_BACK + " records back a partition");
        stack.crash(instances(services, service), () -> moveBack(service));
    }

    private void moveBack(String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (true) {
                try {
                    Map<TopicPartition, OffsetAndMetadata> back = new HashMap<>();
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().forEach(
                            (partition, committed) -> back.put(partition,
                                    new OffsetAndMetadata(Math.max(0, committed.offset() - RECORDS_BACK))));
                    // refused while the killed instances are still members of the group (until their sessions end)
                    admin.alterConsumerGroupOffsets(group, back).all().get();
                    return;
                } catch (ExecutionException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Cannot move " + group + "'s offsets back", e.getCause());
                    }
                    Load.pause(Duration.ofMillis(500));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted", e);
                }
            }
        }
    }

    /** A CloudEvent without data on each topic the services consume: every consumer group dead-letters it. */
    private void malformedRecords() {
        record(Kind.MALFORMED_RECORDS, "one on each of " + new TreeSet<>(CONSUMED.keySet()));
        KafkaTestClient kafka = new KafkaTestClient(stack.kafkaBootstrapServers());
        CONSUMED.forEach((topic, type) -> malformed.put(topic,
                kafka.sendEvent(topic, "kill-and-compare-malformed", type, "")));
    }

    /** The unreadable records sent: their event ids by topic. */
    Map<String, String> malformed() {
        return Map.copyOf(malformed);
    }

    /** The firm's webhook receiver refuses every call for 5 to 20 seconds, the work going on meanwhile. */
    private void receiverDown() {
        record(Kind.WEBHOOK_RECEIVER, "the firm's webhook receiver");
        meanwhile(receiver::down, "webhook-receiver-down");
    }

    /** The mail server refuses every connection for 5 to 20 seconds, the work going on meanwhile. */
    private void mailServerDown() {
        record(Kind.MAIL_SERVER, "the mail server");
        meanwhile(mailServer::down, "mail-server-down");
    }

    private void meanwhile(Consumer<Duration> down, String name) {
        Duration duration = Duration.ofMillis(5_000 + random.nextInt(15_000));
        Thread downThread = new Thread(() -> down.accept(duration), name);
        downThread.setDaemon(true);
        downThread.start();
    }

    private void record(Kind kind, String target) {
        Injected fault = new Injected((System.nanoTime() - started) / 1e9, kind, target);
        injected.add(fault);
        log.accept(String.format("  fault at %5.1f s: %s %s", fault.at(), kind, target));
    }

    List<Injected> injected() {
        synchronized (injected) {
            return List.copyOf(injected);
        }
    }

    /** How many faults of each kind were injected. */
    Map<Kind, Integer> byKind() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        injected().forEach(fault -> counts.merge(fault.kind(), 1, Integer::sum));
        return counts;
    }
}
