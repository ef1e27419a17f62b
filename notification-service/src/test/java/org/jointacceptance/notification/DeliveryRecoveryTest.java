package org.jointacceptance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.notification.Users.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.OpinionIssued;
import org.jointacceptance.notification.delivery.DeliverySender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries live in the database, so a sender's death loses none: a delivery (a mail, a webhook call) claimed by a
 * sender that died mid-send is taken over once its lease ends, and senders of two replicas working at once send each
 * mail and make each webhook call once.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
@TestProfile(DeliveryRecoveryTest.SenderStopped.class)
class DeliveryRecoveryTest {

    /** Longer than any attempt may take (the send timeout), so that only a dead sender's claim is taken over. */
    private static final Duration LEASE = Duration.ofSeconds(8);

    /**
     * The sender's own thread does not run; the tests run senders by hand. An attempt gives up after 6 s, a webhook's
     * answer is awaited 5 s: a busy machine may be slow, never so slow that a live sender's claim runs out.
     */
    public static class SenderStopped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.delivery.look-every", "off",
                    "notification.delivery.lease", LEASE.toSeconds() + "s",
                    "notification.delivery.send-timeout", "6s", "notification.webhooks.read-timeout", "5s");
        }
    }

    @Inject
    DeliverySender sender;

    @Inject
    EventCodec codec;

    SmtpServer smtp;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    private static WebhookReceiver receiver;

    @BeforeAll
    static void startTheFirmsWebhooks() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopTheFirmsWebhooks() {
        receiver.close();
    }

    /** Deliveries the other tests left due go first, so that each test counts only its own. */
    @BeforeEach
    void sendWhatIsLeft() {
        sender.sendDue();
    }

    @Test
    void a_delivery_whose_sender_died_mid_send_is_sent_by_another_once_the_lease_has_ended() {
        Applicant firm = firm("91210204MA0R7T4K2F");
        UUID application = publishOpinion(firm);
        awaitStatus(application, "PENDING");

        assertThat(sender.claimDue()).as("a sender claims the delivery, then dies")
                .filteredOn(claim -> claim.recipient().equals(Firms.recipient(firm))).hasSize(1);
        assertThat(deliveries(application).getString("[0].status")).isEqualTo("SENDING");
        sender.sendDue();
        assertThat(deliveries(application).getString("[0].status")).as("another sender leaves it alone while the lease holds")
                .isEqualTo("SENDING");
        assertThat(smtp.mailsTo(firm.contactEmail())).isEmpty();

        sendUntilSent(application);
        JsonPath sent = deliveries(application);
        assertThat(sent.getString("[0].status")).isEqualTo("SENT");
        assertThat(sent.getInt("[0].attempts")).isEqualTo(2);
        assertThat(smtp.mailsTo(firm.contactEmail())).hasSize(1);
    }

    @Test
    void a_webhook_call_whose_sender_died_mid_send_is_made_by_another_once_the_lease_has_ended() {
        Applicant firm = Firms.newFirmWithoutMailbox();
        String path = "/hooks/" + firm.creditCode();
        registerWebhook(firm, path);
        UUID application = publishOpinion(firm);
        awaitStatus(application, "PENDING");

        assertThat(sender.claimDue()).as("a sender claims the call, then dies")
                .filteredOn(claim -> claim.recipient().equals(Firms.recipient(firm))).hasSize(1);
        sender.sendDue();
        assertThat(deliveries(application).getString("[0].status")).as("another sender leaves it alone while the lease holds")
                .isEqualTo("SENDING");
        assertThat(receiver.calls(path)).isEmpty();

        sendUntilSent(application);
        JsonPath sent = deliveries(application);
        assertThat(sent.getString("[0].status")).isEqualTo("SENT");
        assertThat(sent.getInt("[0].attempts")).isEqualTo(2);
        assertThat(receiver.calls(path)).as("no call lost, none made twice").singleElement()
                .matches(WebhookReceiver.Call::verified);
        assertThat(receiver.calls(path).get(0).id()).isEqualTo(sent.getString("[0].messageId"));
    }

    @Test
    void two_senders_working_at_once_send_each_mail_and_make_each_webhook_call_exactly_once() {
        List<Applicant> firms = new ArrayList<>();
        List<UUID> applications = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Applicant firm = firm(String.format("91210204MA0R7T%04d", i));
            registerWebhook(firm, "/hooks/" + firm.creditCode());
            firms.add(firm);
            applications.add(publishOpinion(firm));
        }
        applications.forEach(application -> awaitStatus(application, "PENDING", "PENDING"));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(sender::sendDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(sender::sendDue);
        CompletableFuture.allOf(first, second).join();
        // an attempt a busy machine let time out is retried, as in production: wait for it, not for a duration
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            sender.sendDue();
            return applications.stream().allMatch(application -> deliveries(application)
                    .getList("status", String.class).equals(List.of("SENT", "SENT")));
        });

        for (Applicant firm : firms) {
            assertThat(smtp.mailsTo(firm.contactEmail())).as(firm.contactEmail()).hasSize(1);
            assertThat(receiver.calls("/hooks/" + firm.creditCode())).as(firm.creditCode()).singleElement()
                    .matches(WebhookReceiver.Call::verified);
        }
    }

    private static void registerWebhook(Applicant firm, String path) {
        receiver.trust(path, as(Users.applicantOf(firm)).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(path))).post("/webhooks").then().statusCode(201)
                .body("recipient", equalTo(Firms.recipient(firm))).extract().<String>path("secret"));
    }

    private UUID publishOpinion(Applicant firm) {
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "OpinionIssued", codec.encode(
                new OpinionIssued(application, UUID.randomUUID(), "Section 1: office tower", "Xinghai Bay Office Tower",
                        firm, "DL-LHYS-2025-000214",
                        "e3b5c4a1f09d27b6c8e41f5a92d0b7c36e8f14a2d59c07b3a6e1f8d24c9b05a7", LocalDate.of(2025, 11, 3))));
        return application;
    }

    private static Applicant firm(String creditCode) {
        return new Applicant(creditCode, "Dalian Xinghai Bay Builders Co., Ltd.", "Liu Yang", null,
                UUID.randomUUID() + "@xinghai-builders.example");
    }

    /**
     * Sends what is due until the application's one delivery is sent, once its lease has ended; deliveries other tests
     * left retrying may go out meanwhile, so counting what a call sent would say nothing about this one.
     */
    private void sendUntilSent(UUID application) {
        await().atMost(LEASE.plusSeconds(5)).until(() -> {
            sender.sendDue();
            return "SENT".equals(deliveries(application).getString("[0].status"));
        });
    }

    /** Waits until the application's deliveries stand in {@code statuses}, one each. */
    private static void awaitStatus(UUID application, String... statuses) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                deliveries(application).getList("status", String.class)).containsExactly(statuses));
    }

    private static JsonPath deliveries(UUID application) {
        return as(Users.COORDINATOR).get("/deliveries?applicationId={id}", application).then().statusCode(200)
                .extract().jsonPath();
    }
}
