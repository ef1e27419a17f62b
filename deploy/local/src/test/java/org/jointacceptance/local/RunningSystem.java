package org.jointacceptance.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system as the run command starts it, started once for all the test classes of this module that use
 * this extension, stopped (and its data deleted) when they are all done.
 */
final class RunningSystem implements BeforeAllCallback {

    /** The services' clocks start here, whatever the day the tests run: every due date lies in a loaded year. */
    static final OffsetDateTime MONDAY_MORNING = OffsetDateTime.parse("2026-06-01T09:00:00+08:00");

    /**
     * Webhooks to this machine allowed (the tests' receivers run here), a delivery dead after two attempts a second
     * apart, so that the delivery log's test sees a dead one soon, and acceptance-service's date checks run every
     * second, so that a test moving its clock sees the warnings at once.
     */
    private static final String TEST_SETTINGS = " -Dnotification.webhooks.allowed-hosts=127.0.0.1"
            + " -Dnotification.delivery.retry.max-attempts=2 -Dnotification.delivery.retry.initial-delay=1s"
            + " -Dacceptance.clock.check-every=1s";

    private static LocalStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSystem.class, key -> start(), Started.class);
    }

    /** The running system; only within a test class that uses this extension. */
    static LocalStack stack() {
        return stack;
    }

    private static Started start() {
        Path home = Path.of(System.getProperty("jointacceptance.home", "../..")).toAbsolutePath().normalize();
        Path data;
        try {
            data = Files.createTempDirectory("joint-acceptance-system");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StackSettings settings = StackSettings.anyFreePorts(home, data).withClockStartingAt(MONDAY_MORNING);
        settings = settings.withServiceJvmOptions(settings.serviceJvmOptions() + TEST_SETTINGS);
        stack = LocalStack.start(settings, message -> System.out.println("  " + message));
        return new Started(data);
    }

    /** Stops the system once every test class is done, and deletes its data but the logs (in target/system-logs). */
    private record Started(Path data) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            stack.close();
            Path logs = Path.of("target/system-logs");
            try (Stream<Path> files = Files.walk(data.resolve("logs"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.createDirectories(logs);
                    Files.copy(file, logs.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
