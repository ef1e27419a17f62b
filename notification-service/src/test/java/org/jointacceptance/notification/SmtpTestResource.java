package org.jointacceptance.notification;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jointacceptance.infrastructure.FreePorts;

/** Starts the tests' SMTP server, points the mailer at it with mail switched on, and hands it to the tests. */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    private SmtpServer server;

    @Override
    public Map<String, String> start() {
        server = new SmtpServer(FreePorts.pick());
        return Map.of(
                "notification.mail.enabled", "true",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.port()));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(SmtpServer.class));
    }

    @Override
    public void stop() {
        server.stop();
    }
}
