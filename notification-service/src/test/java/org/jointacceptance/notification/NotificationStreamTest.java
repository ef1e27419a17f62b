package org.jointacceptance.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.notification.Users.as;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.DueDateChanged;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.OpinionIssued;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.SectionDecision;
import org.junit.jupiter.api.Test;

/**
 * A dashboard follows its user's inbox live (Server-Sent Events): each notification is pushed once committed, and a
 * dashboard that lost the stream resumes after the last notification it had, missing none and getting none twice, also
 * as a browser does, with the token in the query string. The inbox counts what is unread.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
class NotificationStreamTest {

    private static final String PROJECT = "Haiwan Residences Phase IV";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/notifications/stream")
    URL stream;

    @Inject
    EventCodec codec;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @Test
    void a_dashboard_gets_each_new_notification_live_and_resumes_after_the_last_one_it_saw() throws Exception {
        Applicant firm = Firms.newFirmWithoutMailbox();
        User applicant = Users.applicantOf(firm);
        UUID application = UUID.randomUUID();

        String seen;
        try (EventStream live = EventStream.open(stream.toURI(), TestTokens.of(applicant), null)) {
            kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                    codec.encode(new IntakeDecided(application, "P-4", PROJECT, firm, IntakeOutcome.ACCEPTED, null,
                            LocalDate.of(2025, 10, 24), List.of())));
            EventStream.Event accepted = live.next(PATIENCE);
            assertThat(accepted.name()).isEqualTo("notification");
            JsonPath notification = JsonPath.from(accepted.data());
            assertThat(notification.getString("id")).isEqualTo(accepted.id());
            assertThat(notification.getString("eventType")).isEqualTo("IntakeDecided");
            assertThat(notification.getString("subject")).isEqualTo("申请已受理：" + PROJECT);
            seen = accepted.id();
        }

        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "SectionDecided",
                codec.encode(new SectionDecided(application, UUID.randomUUID(), "Section 1", 1,
                        SectionDecision.ACCEPTED, PROJECT, firm, List.of(), List.of(), null)));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "DueDateChanged",
                codec.encode(new DueDateChanged(application, PROJECT, firm, LocalDate.of(2025, 10, 24),
                        LocalDate.of(2025, 10, 31), 5, null, "rectification pause ended")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(inbox(applicant)).hasSize(3));
        List<String> newestFirst = inbox(applicant);
        List<String> missed = List.of(newestFirst.get(1), newestFirst.get(0));

        // as a browser's EventSource resumes: the token in the query string, Last-Event-ID sent by the browser
        try (EventStream resumed = EventStream.open(new URI(stream + "?access_token=" + TestTokens.of(applicant)),
                null, seen)) {
            assertThat(List.of(resumed.next(PATIENCE).id(), resumed.next(PATIENCE).id()))
                    .as("what was committed while the dashboard was away, oldest first").isEqualTo(missed);
            kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "OpinionIssued",
                    codec.encode(new OpinionIssued(application, UUID.randomUUID(), "Section 1", PROJECT, firm,
                            "DL-LHYS-2025-000301",
                            "e3b5c4a1f09d27b6c8e41f5a92d0b7c36e8f14a2d59c07b3a6e1f8d24c9b05a7",
                            LocalDate.of(2025, 11, 3))));
            EventStream.Event opinion = resumed.next(PATIENCE);
            assertThat(JsonPath.from(opinion.data()).getString("eventType")).isEqualTo("OpinionIssued");
            assertThat(inbox(applicant).get(0)).isEqualTo(opinion.id());
        }
    }

    @Test
    void the_inbox_counts_what_is_unread_until_it_is_marked_read() {
        Applicant firm = Firms.newFirmWithoutMailbox();
        User applicant = Users.applicantOf(firm);
        as(applicant).get("/notifications/unread-count").then().statusCode(200).body("unread", equalTo(0));
        for (int i = 0; i < 2; i++) {
            UUID application = UUID.randomUUID();
            kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                    codec.encode(new IntakeDecided(application, "P-" + i, PROJECT, firm, IntakeOutcome.ACCEPTED, null,
                            LocalDate.of(2025, 10, 24), List.of())));
        }
        await().atMost(PATIENCE).untilAsserted(() -> as(applicant).get("/notifications/unread-count").then()
                .statusCode(200).body("unread", equalTo(2)).body("recipient", equalTo(Firms.recipient(firm))));

        String first = inbox(applicant).get(0);
        as(applicant).post("/notifications/{id}/read", first).then().statusCode(200);
        as(applicant).post("/notifications/{id}/read", first).then().statusCode(200);
        as(applicant).get("/notifications/unread-count").then().statusCode(200).body("unread", equalTo(1));
    }

    @Test
    void resuming_after_no_notification_or_after_someone_elses_is_refused() throws Exception {
        as(Users.COORDINATOR).header("Last-Event-ID", "not-an-id").get("/notifications/stream").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("Last-Event-ID")));
        as(Users.SUPERVISOR).header("Last-Event-ID", UUID.randomUUID().toString()).get("/notifications/stream")
                .then().statusCode(400).contentType("application/problem+json");

        Applicant firm = Firms.newFirmWithoutMailbox();
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                codec.encode(new IntakeDecided(application, "P-5", PROJECT, firm, IntakeOutcome.ACCEPTED, null,
                        LocalDate.of(2025, 10, 24), List.of())));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(inbox(Users.applicantOf(firm))).hasSize(1));
        String theirs = inbox(Users.applicantOf(firm)).get(0);
        as(Users.applicantOf(Firms.newFirm())).header("Last-Event-ID", theirs).get("/notifications/stream").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void the_token_in_the_query_string_is_taken_on_the_stream_only_and_must_be_valid() {
        User applicant = Users.applicantOf(Firms.newFirm());
        given().get("/notifications/unread-count?access_token={t}", TestTokens.of(applicant)).then()
                .statusCode(401).contentType("application/problem+json");
        given().get("/notifications/stream?access_token={t}", TestTokens.expired(applicant)).then()
                .statusCode(401).contentType("application/problem+json");
    }

    /** The user's notification ids, newest first. */
    private static List<String> inbox(User user) {
        return as(user).get("/notifications").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class);
    }
}
