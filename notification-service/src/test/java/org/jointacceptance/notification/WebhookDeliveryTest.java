package org.jointacceptance.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.notification.Users.as;
import static org.jointacceptance.notification.Webhooks.PATIENCE;
import static org.jointacceptance.notification.Webhooks.PROJECT;
import static org.jointacceptance.notification.Webhooks.accepted;
import static org.jointacceptance.notification.Webhooks.awaitWebhookDelivery;
import static org.jointacceptance.notification.Webhooks.deliveries;
import static org.jointacceptance.notification.Webhooks.register;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.DepartmentFinding;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.SectionDecision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Firms register webhooks and receive their notices there, signed as Standard Webhooks define it with the secret they
 * were given, which receivers verify with the standard's own libraries, in Java and in JavaScript: a webhook that
 * fails is called again with backoff until it takes the call, or is left dead for a coordinator to replay; an event
 * that arrives twice calls once; a rotated secret signs beside the new one until the overlap ends; and URLs that would
 * reach inside the service's own network are refused.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
class WebhookDeliveryTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";

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
    void a_webhook_that_fails_twice_takes_the_third_call_each_signed_with_the_secret_it_was_given() {
        Applicant firm = Firms.newFirm();
        String path = "/hooks/flaky/" + firm.creditCode();
        receiver.answerNext(path, 503, 500);
        String secret = register(Firms.recipient(firm), receiver.url(path)).statusCode(201)
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}=")).extract().path("secret");
        receiver.trust(path, secret);
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                codec.encode(accepted(application, firm)));

        JsonPath sent = awaitWebhookDelivery(application, "SENT");
        assertThat(sent.getInt("[0].attempts")).isEqualTo(3);
        List<WebhookReceiver.Call> calls = receiver.calls(path);
        assertThat(calls).extracting(WebhookReceiver.Call::answer).containsExactly(503, 500, 204);
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.verified()).as("the Standard Webhooks library verifies it with the secret given").isTrue();
            assertThat(call.id()).as("the same webhook-id on every attempt").isEqualTo(sent.getString("[0].messageId"));
            assertThat(call.signatures()).singleElement().asString().startsWith("v1,");
            assertThat(Long.parseLong(call.headers().firstValue("webhook-timestamp").orElseThrow()))
                    .as("when the attempt was made, in seconds").isCloseTo(Instant.now().getEpochSecond(), within(60L));
            assertThat(call.verifiesWith(aSecretNeverGiven())).isFalse();
        });
        JsonPath body = JsonPath.from(calls.get(2).body());
        assertThat(body.getString("id")).isEqualTo(calls.get(2).id());
        assertThat(body.getString("type")).isEqualTo("IntakeDecided");
        assertThat(body.getString("timestamp")).isNotBlank();
        assertThat(body.getString("recipient")).isEqualTo(Firms.recipient(firm));
        assertThat(body.getString("applicationId")).isEqualTo(application.toString());
        assertThat(body.getString("subject")).isEqualTo("申请已受理：" + PROJECT);
        assertThat(body.getString("event.outcome")).isEqualTo("ACCEPTED");
        assertThat(body.getString("event.dueDate")).isEqualTo("2025-10-24");
    }

    @Test
    void a_webhook_that_never_takes_the_call_is_dead_in_the_log_until_a_coordinator_replays_it() {
        Applicant firm = Firms.newFirm();
        String path = "/hooks/down/" + firm.creditCode();
        receiver.answerAlways(path, 500);
        String secret = register(Firms.recipient(firm), receiver.url(path)).statusCode(201)
                .extract().path("secret");
        receiver.trust(path, secret);
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                codec.encode(accepted(application, firm)));

        JsonPath dead = awaitWebhookDelivery(application, "DEAD");
        assertThat(dead.getInt("[0].attempts")).as("notification.delivery.retry.max-attempts in tests").isEqualTo(3);
        assertThat(dead.getString("[0].lastError")).contains("HTTP 500");
        assertThat(dead.getString("[0].address")).isEqualTo(receiver.url(path));
        String delivery = dead.getString("[0].id");
        assertThat(deliveries("channel=webhook&status=DEAD&recipient=" + Firms.recipient(firm))
                .getList("id", String.class)).containsExactly(delivery);
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("notification_deliveries_total{channel=\"webhook\",outcome=\"dead\"}",
                        "notification_deliveries_backlog{channel=\"webhook\",status=\"dead\"}");

        receiver.answerAlways(path, 204);
        as(Users.COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "The firm's ERP is back"))
                .post("/deliveries/{id}/replay", delivery).then().statusCode(200)
                .body("status", equalTo("PENDING"));

        JsonPath sent = awaitWebhookDelivery(application, "SENT");
        assertThat(sent.getString("[0].replayedBy")).isEqualTo("Chen Jing");
        List<WebhookReceiver.Call> calls = receiver.calls(path);
        assertThat(calls).extracting(WebhookReceiver.Call::answer).containsExactly(500, 500, 500, 204);
        assertThat(calls.get(3).id()).isEqualTo(calls.get(0).id());
        assertThat(calls).allMatch(WebhookReceiver.Call::verified);
    }

    @Test
    void an_event_that_arrives_twice_calls_the_webhook_once() throws InterruptedException {
        Applicant firm = Firms.newFirmWithoutMailbox();
        String path = "/hooks/once/" + firm.creditCode();
        receiver.trust(path, register(Firms.recipient(firm), receiver.url(path)).statusCode(201)
                .extract().<String>path("secret"));
        UUID application = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = codec.encode(accepted(application, firm));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), eventId, "IntakeDecided", event);
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), eventId, "IntakeDecided", event);

        awaitWebhookDelivery(application, "SENT");
        Thread.sleep(2_000);
        assertThat(receiver.calls(path)).as("the event arrived twice, the webhook was called once").singleElement()
                .matches(WebhookReceiver.Call::verified);
        assertThat(deliveries("applicationId=" + application).getList("id")).hasSize(1);
    }

    @Test
    void a_webhook_gets_the_event_types_it_chose_shows_its_secret_once_and_is_called_no_more_once_deleted() {
        Applicant firm = Firms.newFirmWithoutMailbox();
        String recipient = Firms.recipient(firm);
        String path = "/hooks/decisions/" + firm.creditCode();
        JsonPath registered = register(recipient, receiver.url(path), "SectionDecided").statusCode(201)
                .header("Location", containsString("/webhooks/"))
                .body("secret", notNullValue()).body("eventTypes", equalTo(List.of("SectionDecided")))
                .extract().jsonPath();
        String webhook = registered.getString("id");
        receiver.trust(path, registered.getString("secret"));
        as(recipient).get("/webhooks/{id}", webhook).then().statusCode(200).body("url", equalTo(receiver.url(path)))
                .body("recipient", equalTo(recipient)).body("secret", nullValue());
        as(recipient).get("/webhooks").then().statusCode(200).body("id", equalTo(List.of(webhook)))
                .body("[0].secret", nullValue());
        as(Users.COORDINATOR).get("/webhooks?recipient={r}", recipient).then().statusCode(200)
                .body("id", equalTo(List.of(webhook)));
        register(recipient, receiver.url(path)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "webhook-already-registered"));

        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                codec.encode(accepted(application, firm)));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "SectionDecided",
                codec.encode(rectificationNotice(application, firm)));
        awaitWebhookDelivery(application, "SENT");
        assertThat(JsonPath.from(receiver.calls(path).get(0).body()).getString("type")).isEqualTo("SectionDecided");
        assertThat(receiver.calls(path).get(0).verified()).isTrue();

        receiver.answerAlways(path, 503);
        UUID failing = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, failing.toString(), "SectionDecided",
                codec.encode(rectificationNotice(failing, firm)));
        awaitWebhookDelivery(failing, "RETRYING");

        as(recipient).delete("/webhooks/{id}", webhook).then().statusCode(204);
        String abandoned = awaitWebhookDelivery(failing, "DEAD").getString("[0].id");
        as(Users.COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "Try again"))
                .post("/deliveries/{id}/replay", abandoned).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "webhook-deleted"));
        as(recipient).get("/webhooks/{id}", webhook).then().statusCode(404).contentType("application/problem+json");
        as(recipient).delete("/webhooks/{id}", webhook).then().statusCode(404).contentType("application/problem+json");
        UUID later = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, later.toString(), "SectionDecided",
                codec.encode(rectificationNotice(later, firm)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(as(recipient)
                .get("/notifications?applicationId={id}", later).then().statusCode(200)
                .extract().jsonPath().getList("id")).hasSize(1));
        assertThat(deliveries("applicationId=" + later).getList("id")).as("no webhook left to call").isEmpty();
    }

    @Test
    void a_rotated_secret_signs_beside_the_new_one_until_the_overlap_ends_so_the_receiver_can_change_over() {
        Applicant firm = Firms.newFirmWithoutMailbox();
        String recipient = Firms.recipient(firm);
        String path = "/hooks/rotated/" + firm.creditCode();
        JsonPath registered = register(recipient, receiver.url(path)).statusCode(201).extract().jsonPath();
        String webhook = registered.getString("id");
        String first = registered.getString("secret");
        receiver.trust(path, first);

        JsonPath rotated = as(recipient).post("/webhooks/{id}/secret", webhook).then().statusCode(200)
                .body("id", equalTo(webhook)).extract().jsonPath();
        String second = rotated.getString("secret");
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);
        assertThat(OffsetDateTime.parse(rotated.getString("previousSecretsSignUntil")))
                .as("notification.webhooks.secret-overlap").isCloseTo(OffsetDateTime.now().plusHours(24),
                        within(5, ChronoUnit.MINUTES));
        as(recipient).get("/webhooks/{id}", webhook).then().statusCode(200).body("secret", nullValue());
        as(Users.applicantOf(Firms.newFirmWithoutMailbox())).post("/webhooks/{id}/secret", webhook).then()
                .statusCode(404).contentType("application/problem+json");

        UUID duringTheOverlap = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, duringTheOverlap.toString(), "IntakeDecided",
                codec.encode(accepted(duringTheOverlap, firm)));
        awaitWebhookDelivery(duringTheOverlap, "SENT");
        WebhookReceiver.Call signedTwice = receiver.calls(path).get(0);
        assertThat(signedTwice.verified()).as("a receiver still on the first secret takes the call").isTrue();
        assertThat(signedTwice.verifiesWith(second)).as("and so does one on the second already").isTrue();
        assertThat(signedTwice.signatures()).hasSize(2);

        receiver.trust(path, second);
        MovableClock.moveTo(LocalDateTime.now(WorkingCalendar.CHINA).plusHours(25));
        try {
            UUID afterTheOverlap = UUID.randomUUID();
            kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, afterTheOverlap.toString(), "IntakeDecided",
                    codec.encode(accepted(afterTheOverlap, firm)));
            awaitWebhookDelivery(afterTheOverlap, "SENT");
        } finally {
            MovableClock.reset();
        }
        WebhookReceiver.Call signedOnce = receiver.calls(path).get(1);
        assertThat(signedOnce.verified()).as("the receiver on the second secret takes the call").isTrue();
        assertThat(signedOnce.signatures()).hasSize(1);
        assertThat(signedOnce.verifiesWith(first)).as("the first secret signs no more").isFalse();
    }

    @Test
    void a_receiver_in_javascript_verifies_each_call_with_the_standard_webhooks_npm_library() {
        Applicant firm = Firms.newFirmWithoutMailbox();
        String recipient = Firms.recipient(firm);
        String known = "/hooks/js/" + firm.creditCode();
        String unknown = "/hooks/js-unknown/" + firm.creditCode();
        try (JavaScriptReceiver javaScript = new JavaScriptReceiver()) {
            String secret = register(recipient, javaScript.url(known)).statusCode(201).extract().path("secret");
            register(recipient, javaScript.url(unknown)).statusCode(201);
            javaScript.start(secret);
            UUID application = UUID.randomUUID();
            kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                    codec.encode(accepted(application, firm)));

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveries("channel=webhook&applicationId="
                    + application).<Map<String, Object>>getList("$"))
                    .extracting(delivery -> delivery.get("address"), delivery -> delivery.get("status"))
                    .containsExactlyInAnyOrder(tuple(javaScript.url(known), "SENT"),
                            tuple(javaScript.url(unknown), "DEAD")));
            String sent = deliveries("channel=webhook&status=SENT&applicationId=" + application)
                    .getString("[0].messageId");
            assertThat(javaScript.lines()).as("it verified the call to the webhook whose secret it has")
                    .contains("verified " + known + " " + sent + " IntakeDecided")
                    .as("and refused each to another webhook, signed with another secret")
                    .filteredOn(line -> line.startsWith("refused " + unknown)).hasSize(3)
                    .allMatch(line -> line.endsWith("No matching signature found"));
        }
    }

    @Test
    void urls_that_would_reach_inside_the_network_are_refused_with_the_reason() {
        String recipient = Firms.recipient(Firms.newFirm());
        Map<String, String> refused = Map.of(
                "http://169.254.169.254/latest/meta-data/", "169.254.169.254, a link-local address",
                "http://10.0.0.1/hooks", "10.0.0.1, a private address",
                "http://[::1]/hooks", "a loopback address",
                "https://localhost:" + receiver.port() + "/hooks", "a loopback address",
                "https://[fd00:ec2::254]/hooks", "a unique local IPv6 address",
                "https://100.100.100.200/latest/meta-data/", "a shared address",
                "https://[::ffff:192.168.1.1]/hooks", "192.168.1.1, a private address",
                "http://93.184.215.14/hooks", "plain HTTP is refused",
                "ftp://93.184.215.14/hooks", "is not an https:// URL",
                "https://user:password@93.184.215.14/hooks", "must not carry a user name or password");
        refused.forEach((url, why) -> register(recipient, url).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "webhook-url-refused"))
                .body("detail", containsString(why)));
        as(recipient).get("/webhooks").then().statusCode(200).body("id", equalTo(List.of()));

        Map<String, Object> unknownType = new HashMap<>(Map.of("url", receiver.url("/x"),
                "eventTypes", List.of("SectionDecided", "InspectionResultSubmitted")));
        as(recipient).contentType(ContentType.JSON).body(unknownType).post("/webhooks").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("eventTypes[1]")));
        as(recipient).contentType(ContentType.JSON).body(Map.of()).post("/webhooks").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("url")));
        as(Users.COORDINATOR).get("/deliveries?channel=in-app").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static SectionDecided rectificationNotice(UUID application, Applicant firm) {
        return new SectionDecided(application, UUID.randomUUID(), "Section 1: office tower", 1,
                SectionDecision.RECTIFICATION_REQUIRED, PROJECT, firm, List.of(new DepartmentFinding("fire",
                        "Mechanical smoke exhaust", "机械排烟", "Smoke exhaust fan of the atrium does not start", true,
                        null)),
                List.of(), LocalDate.of(2025, 11, 7));
    }

    /** A secret as the service makes them, which no webhook was given. */
    private static String aSecretNeverGiven() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
