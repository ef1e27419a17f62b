package org.jointacceptance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark as {@code ./run benchmark} runs it, made short: the packaged services started afresh, a few
 * applications, one open-loop step, every outcome verified. It keeps the benchmark working as the APIs change.
 */
class BenchmarkRunTest {

    @TempDir
    Path output;

    @Test
    void a_short_run_loads_the_system_verifies_every_section_and_writes_its_report() throws Exception {
        Path home = Path.of(System.getProperty("jointacceptance.home", "../..")).toAbsolutePath().normalize();
        Path log = output.resolve("benchmark.log");
        Process benchmark = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Djointacceptance.home=" + home, "-cp", System.getProperty("java.class.path"),
                Benchmark.class.getName(), "--closed-loop", "none", "--open-loop", "2", "--warmup-seconds", "2",
                "--step-seconds", "10", "--idle-and-limits", "no", "--label", "short", "--output", output.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        boolean ended = benchmark.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            benchmark.destroy(); // its shutdown hook stops the services
            benchmark.waitFor(1, TimeUnit.MINUTES);
        }
        assertThat(ended).as("ended within 10 minutes; its output:%n%s", Files.readString(log)).isTrue();
        assertThat(benchmark.exitValue()).as("exit status; its output:%n%s", Files.readString(log)).isZero();
        JsonNode report = Api.JSON.readTree(output.resolve("short.json").toFile());
        assertThat(report.path("verification").path("violations").asLong()).isZero();
        assertThat(report.path("verification").path("sections").asInt()).isPositive();
        JsonNode step = report.path("steps").get(0);
        assertThat(step.path("label").asText()).isEqualTo("open-loop 2/s");
        assertThat(step.path("results").asLong()).isPositive();
        assertThat(output.resolve("short.png")).isNotEmptyFile();
    }
}
