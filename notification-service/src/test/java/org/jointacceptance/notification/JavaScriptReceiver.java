package org.jointacceptance.notification;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.jointacceptance.infrastructure.FreePorts;

/**
 * A subscriber's webhook receiver written in JavaScript (src/test/resources/webhook-receiver/receiver.js), run by
 * Node.js: it verifies each call with the Standard Webhooks npm library and answers 204, or 401 when it cannot, and
 * prints a line per call. npm installs the library into target/ the first time (from its cache when offline); where
 * Node.js or the library cannot be had, the test that needs it is skipped, saying why.
 */
final class JavaScriptReceiver implements AutoCloseable {

    /** The npm library's version, pinned so that the test proves the same receiver on every machine. */
    static final String LIBRARY = "standardwebhooks@1.3.0";
    private static final Path HOME = Path.of("target", "webhook-receiver-js").toAbsolutePath();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final int port = FreePorts.pick();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Process node;

    /** A receiver to be started on a free port of 127.0.0.1, so that its URL can be registered first. */
    JavaScriptReceiver() {
        install();
    }

    /** Starts the receiver, verifying the calls with {@code secret}; returns once it listens. */
    void start(String secret) {
        ProcessBuilder builder = new ProcessBuilder("node", HOME.resolve("receiver.js").toString(),
                String.valueOf(port), secret).redirectErrorStream(true);
        builder.environment().put("NODE_PATH", HOME.resolve("node_modules").toString());
        try {
            node = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread reader = new Thread(this::readLines, "javascript-receiver");
        reader.setDaemon(true);
        reader.start();
        await().atMost(PATIENCE).until(() -> lines.contains("listening") || !node.isAlive());
        if (!lines.contains("listening")) {
            throw new IllegalStateException("The JavaScript receiver did not start: " + lines);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** What it printed so far, a line per call. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        if (node != null) {
            node.destroy();
        }
    }

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(node.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("unreadable output: " + e);
        }
    }

    /** Installs the library and the receiver into target/, unless they are there already. */
    private static synchronized void install() {
        try {
            Files.createDirectories(HOME);
            try (InputStream script = JavaScriptReceiver.class.getResourceAsStream("/webhook-receiver/receiver.js")) {
                Files.write(HOME.resolve("receiver.js"), script.readAllBytes());
            }
            if (Files.isRegularFile(HOME.resolve("node_modules/standardwebhooks/package.json"))) {
                return;
            }
            assumeThat(run("node", "--version")).as("Node.js runs the JavaScript receiver").startsWith("v");
            String installed = run("npm", "install", "--prefix", HOME.toString(), "--prefer-offline", "--no-save",
                    "--no-package-lock", "--no-audit", "--no-fund", LIBRARY);
            assumeThat(HOME.resolve("node_modules/standardwebhooks/package.json"))
                    .as("npm installs %s: %s", LIBRARY, installed).isRegularFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code command} printed, or why it could not run. */
    private static String run(String... command) {
        try {
            Path output = Files.createTempFile("javascript-receiver", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not finish in 5 minutes";
            }
            return Files.readString(output).trim();
        } catch (IOException e) {
            return String.join(" ", command) + " cannot run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
