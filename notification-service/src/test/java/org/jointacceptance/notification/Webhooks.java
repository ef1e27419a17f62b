package org.jointacceptance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jointacceptance.notification.Users.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;

/** What the webhook tests do as a firm and as a coordinator: register a webhook, follow its deliveries. */
final class Webhooks {

    static final String PROJECT = "Xinghai Bay Office Tower";
    /**
     * The same notices go by mail too, and a sending round waits for its slowest attempt: while mails the tests' SMTP
     * server leaves unanswered hold every round the sender runs at once, a webhook's next attempt waits for up to the
     * send timeout (15 s in the tests).
     */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Webhooks() {
    }

    static ValidatableResponse register(String recipient, String url, String... eventTypes) {
        return as(recipient).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(eventTypes)))
                .post("/webhooks").then();
    }

    static IntakeDecided accepted(UUID application, Applicant firm) {
        return new IntakeDecided(application, "2102042025-0042", PROJECT, firm, IntakeOutcome.ACCEPTED, null,
                LocalDate.of(2025, 10, 24), List.of());
    }

    static JsonPath deliveries(String query) {
        return as(Users.COORDINATOR).get("/deliveries?" + query).then().statusCode(200).extract().jsonPath();
    }

    /** The application's one webhook delivery, once it stands in {@code status}. */
    static JsonPath awaitWebhookDelivery(UUID application, String status) {
        String query = "channel=webhook&applicationId=" + application;
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveries(query).getList("status", String.class))
                .containsExactly(status));
        return deliveries(query);
    }
}
