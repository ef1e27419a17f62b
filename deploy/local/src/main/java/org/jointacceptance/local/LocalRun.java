package org.jointacceptance.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.jointacceptance.infrastructure.FreePorts;

/** The local run: starts the whole system in the foreground, prints where everything is, stops it all on Ctrl-C. */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(System.getProperty("jointacceptance.home", ".")).toAbsolutePath().normalize();
        StackSettings settings;
        LocalStack stack;
        try {
            settings = StackSettings.fromEnvironment(home, System.getenv());
            System.out.println("Starting joint acceptance locally; data in " + settings.dataDirectory());
            stack = LocalStack.start(settings, message -> System.out.println("  " + message));
        } catch (FreePorts.PortInUseException | IllegalArgumentException | IllegalStateException e) {
            System.err.println();
            System.err.println("Could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println(System.lineSeparator() + "Stopping every service, Keycloak, Kafka and PostgreSQL ...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-run-stop"));
        Map<SampleUsers.Named, String> tokens = stack.sampleTokens();
        System.out.println(Guide.describe(stack, settings, tokens, stack.writeTokens(tokens)));
        stopped.await();
    }
}
