package org.jointacceptance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointacceptance.notification.Webhooks.accepted;
import static org.jointacceptance.notification.Webhooks.awaitWebhookDelivery;
import static org.jointacceptance.notification.Webhooks.deliveries;
import static org.jointacceptance.notification.Webhooks.register;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A webhook that keeps the sender waiting holds up no other webhook: while its call waits for an answer, another
 * webhook's first attempt and its retry go meanwhile.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
@TestProfile(SlowWebhookTest.AnswersAwaitedLong.class)
class SlowWebhookTest {

    /**
     * The slow webhook's call waits for its answer as long as the test may take, however busy the machine: its
     * timeouts and its claim outlast the other webhook's two attempts by far.
     */
    public static class AnswersAwaitedLong implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.webhooks.read-timeout", "10m", "notification.delivery.send-timeout", "10m",
                    "notification.delivery.lease", "10m");
        }
    }

    private static WebhookReceiver receiver;

    @Inject
    EventCodec codec;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @BeforeAll
    static void startTheFirmsWebhooks() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopTheFirmsWebhooks() {
        receiver.close();
    }

    @Test
    void a_webhook_that_keeps_its_caller_waiting_holds_up_no_other_webhooks_next_attempt() {
        Applicant slowFirm = Firms.newFirmWithoutMailbox();
        String slowPath = "/hooks/slow/" + slowFirm.creditCode();
        receiver.hold(slowPath);
        receiver.trust(slowPath, register(Firms.recipient(slowFirm), receiver.url(slowPath)).statusCode(201).extract()
                .<String>path("secret"));
        UUID slowApplication = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, slowApplication.toString(), "IntakeDecided",
                codec.encode(accepted(slowApplication, slowFirm)));
        awaitWebhookDelivery(slowApplication, "SENDING");

        Applicant firm = Firms.newFirmWithoutMailbox();
        String path = "/hooks/once-busy/" + firm.creditCode();
        receiver.answerNext(path, 503);
        receiver.trust(path, register(Firms.recipient(firm), receiver.url(path)).statusCode(201).extract()
                .<String>path("secret"));
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                codec.encode(accepted(application, firm)));

        assertThat(awaitWebhookDelivery(application, "SENT").getInt("[0].attempts")).isEqualTo(2);
        JsonPath slow = deliveries("channel=webhook&applicationId=" + slowApplication);
        assertThat(slow.getString("[0].status")).as("the slow webhook's call still waits for its answer")
                .isEqualTo("SENDING");
        assertThat(slow.getInt("[0].attempts")).as("its first").isEqualTo(1);
        assertThat(receiver.calls(slowPath)).as("answered none yet").isEmpty();

        receiver.release(slowPath);
        assertThat(awaitWebhookDelivery(slowApplication, "SENT").getInt("[0].attempts")).isEqualTo(1);
        assertThat(receiver.calls(slowPath)).singleElement().matches(WebhookReceiver.Call::verified);
    }
}
