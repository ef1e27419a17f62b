package org.jointacceptance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.jointacceptance.local.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark and the kill-and-compare run as {@code ./run benchmark} and {@code ./run kill-and-compare} run them,
 * made short, on one system started afresh and scaled out (three brokers; two instances each of
 * acceptance-service, notification-service and fire): first a benchmark step, its inspectors sending each checklist's
 * marks at once, every outcome verified, so that the benchmark keeps working as the APIs change; then, on the same
 * system, the small kill-and-compare run, its inspectors marking one item at a time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaledOutRunsTest {

    private static final Path HOME = Path.of(System.getProperty("jointacceptance.home", "../..")).toAbsolutePath()
            .normalize();

    private static Path data;
    private static MailServer mailServer;
    private static LocalStack stack;

    @TempDir
    Path output;

    @BeforeAll
    static void startTheSystemScaledOut() throws IOException {
        data = Files.createTempDirectory("joint-acceptance-scaled-out");
        mailServer = new MailServer();
        stack = LocalStack.start(KillAndCompare.settings(HOME, data, mailServer),
                message -> System.out.println("  " + message));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (mailServer != null) {
            mailServer.close();
        }
        Benchmark.delete(data);
    }

    @Test
    @Order(1)
    void a_short_benchmark_run_loads_the_system_verifies_every_section_and_writes_its_report() throws Exception {
        Options options = Options.parse(new String[] {"--closed-loop", "none", "--open-loop", "2",
                "--warmup-seconds", "2", "--step-seconds", "10", "--firms", "2", "--idle-and-limits", "no",
                "--marks", "at-once", "--label", "short",
                "--output", output.toString()}, HOME);

        assertThat(new Benchmark(options, stack, Report.Starts.UNTIMED).run()).as("the run passed").isTrue();

        JsonNode report = Api.JSON.readTree(output.resolve("short.json").toFile());
        assertThat(report.path("verification").path("violations").asLong()).isZero();
        assertThat(report.path("verification").path("sections").asInt()).isPositive();
        assertThat(report.path("marks").asText()).isEqualTo("at-once");
        JsonNode step = report.path("steps").get(0);
        assertThat(step.path("label").asText()).isEqualTo("open-loop 2/s");
        assertThat(step.path("results").asLong()).as("results measured in the step %s", step).isPositive();
        assertThat(output.resolve("short.png")).isNotEmptyFile();
    }

    @Test
    @Order(2)
    void nothing_is_lost_or_doubled_while_services_brokers_and_the_database_are_killed() throws Exception {
        Path summary = output.resolve("summary.md");
        KillAndCompare.Options options = KillAndCompare.Options.parse(new String[] {"--applications", "20",
                "--faults", "12", "--seed", "7", "--summary", summary.toString()});

        assertThat(new KillAndCompare(options, stack, mailServer).run()).as("nothing lost or doubled").isTrue();

        assertThat(Files.readString(summary)).contains("| violations | 0 |", "SERVICE", "BROKER",
                "PARTITION_LEADER", "POSTGRESQL");
    }
}
