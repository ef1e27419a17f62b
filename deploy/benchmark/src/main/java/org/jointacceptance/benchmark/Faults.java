package org.jointacceptance.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

import org.jointacceptance.infrastructure.KafkaCluster;
import org.jointacceptance.local.LocalStack;
import org.jointacceptance.local.ServiceProcess;

/**
 * The faults of a kill-and-compare run, one after another at seeded moments while the work goes on: a service
 * process killed ({@code kill -9}) and started again (each kind of service at least once: acceptance-service,
 * notification-service, a department with two instances and one with one), a Kafka broker killed and started again,
 * the leader of a {@code department.events} partition killed and started again, and PostgreSQL crashed and started
 * again. A broker is down a few seconds at most, and never two at once.
 */
final class Faults implements Runnable {

    /** What is made to fail. */
    enum Kind {
        SERVICE, BROKER, PARTITION_LEADER, POSTGRESQL
    }

    /** A fault injected: when (seconds from the start), what kind, on what. */
    record Injected(double at, Kind kind, String target) {
    }

    private static final Duration FIRST_AFTER = Duration.ofSeconds(3);

    private final LocalStack stack;
    private final KafkaCluster cluster;
    private final Random random;
    private final int count;
    private final Consumer<String> log;
    private final List<Injected> injected = Collections.synchronizedList(new ArrayList<>());
    private final long started = System.nanoTime();
    private volatile RuntimeException failure;

    Faults(LocalStack stack, long seed, int count, Consumer<String> log) {
        this.stack = stack;
        this.cluster = stack.kafkaCluster().orElseThrow(() -> new IllegalStateException("Faults need a Kafka cluster"));
        this.random = new Random(seed);
        this.count = count;
        this.log = log;
    }

    @Override
    public void run() {
        try {
            sleep(FIRST_AFTER);
            List<String> services = stack.services().stream().map(ServiceProcess::name)
                    .filter(name -> !name.equals("web-portal")).toList();
            for (Runnable fault : plan(services)) {
                fault.run();
                sleep(Duration.ofMillis(1_500 + random.nextInt(2_500)));
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
                () -> service(drawn(services, "department-fire")),
                () -> service("department-quality"),
                this::broker, this::partitionLeader, this::postgresql));
        Collections.shuffle(planned, random);
        while (planned.size() < count) {
            int draw = random.nextInt(10);
            planned.add(draw < 6 ? () -> service(services.get(random.nextInt(services.size())))
                    : draw < 8 ? this::broker : draw < 9 ? this::partitionLeader : this::postgresql);
        }
        return planned.subList(0, Math.min(count, planned.size()));
    }

    /** One of the instances of a service: its first ({@code name}) or a replica ({@code name-2}...). */
    private String drawn(List<String> services, String name) {
        List<String> instances = services.stream().filter(each -> each.equals(name) || each.startsWith(name + "-"))
                .filter(each -> each.substring(name.length()).matches("(-[0-9])?")).toList();
        return instances.get(random.nextInt(instances.size()));
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
        sleep(Duration.ofMillis(1_000 + random.nextInt(4_000)));
        cluster.restart(node);
    }

    private void postgresql() {
        record(Kind.POSTGRESQL, "PostgreSQL");
        stack.crashPostgres();
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

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
