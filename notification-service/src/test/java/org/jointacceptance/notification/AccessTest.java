package org.jointacceptance.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.notification.Users.as;

import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jointacceptance.access.Role;
import org.jointacceptance.apitesting.AccessMatrix;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what: every endpoint against every role, each caller confined to its own inbox, preferences and
 * webhooks, tokens that cannot be trusted refused, and refusals kept in the audit log.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
class AccessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String[] WEBHOOK_OWNERS = { Role.APPLICANT, Role.LEAD };

    @TestHTTPResource("/")
    URL service;

    @Inject
    EventCodec codec;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @TestFactory
    Stream<DynamicTest> each_role_reaches_the_endpoints_its_rule_names_and_no_others() throws URISyntaxException {
        AccessMatrix matrix = new AccessMatrix()
                .allowAnyRole("GET /notifications")
                .allowAnyRole("GET /notifications/unread-count")
                .allowAnyRole("GET /notifications/stream")
                .allowAnyRole("POST /notifications/{id}/read")
                .allowAnyRole("GET /preferences")
                .allowAnyRole("PUT /preferences/language")
                .allowAnyRole("PUT /preferences/notices/{channel}/{eventType}")
                .allow("POST /webhooks", WEBHOOK_OWNERS)
                .allow("GET /webhooks", Role.APPLICANT, Role.LEAD, Role.COORDINATOR)
                .allow("GET /webhooks/{id}", Role.APPLICANT, Role.LEAD, Role.COORDINATOR)
                .allow("DELETE /webhooks/{id}", WEBHOOK_OWNERS)
                .allow("POST /webhooks/{id}/secret", WEBHOOK_OWNERS)
                .allow("GET /deliveries", Role.COORDINATOR)
                .allow("GET /deliveries/{id}", Role.COORDINATOR)
                .allow("POST /deliveries/{id}/replay", Role.COORDINATOR)
                .allow("GET /audit", Role.COORDINATOR, Role.SUPERVISOR);
        return matrix.check(service.toURI(), List.of(Users.applicantOf(Firms.newFirm()), Users.INSPECTOR, Users.LEAD,
                Users.COORDINATOR, Users.SUPERVISOR));
    }

    @Test
    void another_firm_sees_none_of_a_firms_notices_and_cannot_mark_them_read() {
        Applicant firm = Firms.newFirmWithoutMailbox();
        User applicant = Users.applicantOf(firm);
        User other = Users.applicantOf(Firms.newFirmWithoutMailbox());
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                codec.encode(new IntakeDecided(application, "P-7", "Haiwan Residences Phase VII", firm,
                        IntakeOutcome.ACCEPTED, null, LocalDate.of(2025, 10, 24), List.of())));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(inbox(applicant, application)).hasSize(1));
        String notice = inbox(applicant, application).get(0);

        assertThat(inbox(other, application)).isEmpty();
        as(other).get("/notifications").then().statusCode(200).body("id", not(hasItem(notice)));
        as(other).get("/notifications/unread-count").then().statusCode(200).body("unread", equalTo(0));
        as(other).post("/notifications/{id}/read", notice).then().statusCode(404)
                .contentType("application/problem+json");
        as(applicant).get("/notifications/unread-count").then().statusCode(200).body("unread", equalTo(1));
    }

    @Test
    void a_webhook_belongs_to_the_firm_the_token_names_and_another_firm_can_neither_see_nor_delete_it() {
        Applicant firm = Firms.newFirmWithoutMailbox();
        User applicant = Users.applicantOf(firm);
        Applicant otherFirm = Firms.newFirmWithoutMailbox();
        User other = Users.applicantOf(otherFirm);
        String webhook = as(applicant).contentType(ContentType.JSON)
                .body(Map.of("recipient", Firms.recipient(otherFirm), "url",
                        "https://127.0.0.1:9/" + firm.creditCode()))
                .post("/webhooks").then().statusCode(201).body("recipient", equalTo(Firms.recipient(firm)))
                .extract().path("id");

        as(other).get("/webhooks/{id}", webhook).then().statusCode(404).contentType("application/problem+json");
        as(other).post("/webhooks/{id}/secret", webhook).then().statusCode(404)
                .contentType("application/problem+json");
        as(other).delete("/webhooks/{id}", webhook).then().statusCode(404).contentType("application/problem+json");
        as(other).get("/webhooks").then().statusCode(200).body("id", equalTo(List.of()));
        as(other).get("/webhooks?recipient={r}", Firms.recipient(firm)).then().statusCode(200)
                .body("id", equalTo(List.of()));
        as(Users.COORDINATOR).get("/webhooks").then().statusCode(200).body("id", hasItem(webhook));
        as(Users.COORDINATOR).get("/webhooks/{id}", webhook).then().statusCode(200)
                .body("recipient", equalTo(Firms.recipient(firm))).body("secret", nullValue());
        as(applicant).get("/webhooks").then().statusCode(200).body("id", equalTo(List.of(webhook)));

        as(applicant).delete("/webhooks/{id}", webhook).then().statusCode(204);
        as(Users.COORDINATOR).get("/webhooks/{id}", webhook).then().statusCode(404);
    }

    @Test
    void a_lead_registers_webhooks_for_its_department_and_a_caller_of_several_roles_is_its_widest() {
        User lead = User.lead("Sun Li " + UUID.randomUUID(), "fire-" + UUID.randomUUID().toString().substring(0, 8));
        String webhook = as(lead).contentType(ContentType.JSON)
                .body(Map.of("url", "https://127.0.0.1:9/" + lead.department())).post("/webhooks").then()
                .statusCode(201).body("recipient", equalTo("department:" + lead.department())).extract().path("id");
        as(User.inspector("Zhao Min", lead.department())).get("/preferences").then().statusCode(200)
                .body("recipient", equalTo("department:" + lead.department()));
        as(lead).delete("/webhooks/{id}", webhook).then().statusCode(204);

        User coordinatorWhoInspects = new User("Ma Lin", List.of(Role.INSPECTOR, Role.COORDINATOR), null, "fire");
        as(coordinatorWhoInspects).get("/preferences").then().statusCode(200).body("recipient", equalTo("coordinator"));
    }

    @Test
    void an_applicant_whose_token_names_no_firm_has_no_inbox() {
        User nameless = User.applicant("Liu Yang", null);
        as(nameless).get("/notifications").then().statusCode(403).contentType("application/problem+json");
        as(nameless).get("/preferences").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void missing_expired_and_forged_tokens_are_refused_as_problems() {
        User applicant = Users.applicantOf(Firms.newFirm());
        given().get("/notifications").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        for (String token : List.of(TestTokens.expired(applicant), TestTokens.forged(applicant), "not-a-token")) {
            given().auth().oauth2(token).get("/notifications").then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://jointacceptance.org/problems/unauthorized"));
        }
        given().auth().oauth2(TestTokens.forged(Users.COORDINATOR)).get("/deliveries").then().statusCode(401);
    }

    @Test
    void a_refused_request_and_a_forged_token_are_in_the_audit_log() {
        User inspector = User.inspector("Zhao Min " + UUID.randomUUID(), "fire");
        UUID delivery = UUID.randomUUID();
        as(inspector).get("/deliveries/{id}", delivery).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forged(Users.COORDINATOR)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Forged")).post("/deliveries/{id}/replay", delivery).then().statusCode(401);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Map<String, String>> refused = audit("ACCESS_REFUSED").stream()
                    .filter(entry -> entry.get("actor").startsWith(inspector.name())).toList();
            assertThat(refused).singleElement().satisfies(entry -> {
                assertThat(entry.get("actor")).contains(Role.INSPECTOR);
                assertThat(entry.get("detail")).isEqualTo("GET /deliveries/" + delivery);
            });
            assertThat(audit("AUTHENTICATION_FAILED")).extracting(entry -> entry.get("detail"))
                    .contains("POST /deliveries/" + delivery + "/replay");
        });
    }

    private static List<Map<String, String>> audit(String action) {
        return as(Users.SUPERVISOR).get("/audit?action={a}&limit=1000", action).then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    private static List<String> inbox(User user, UUID application) {
        return as(user).get("/notifications?applicationId={id}", application).then().statusCode(200).extract()
                .jsonPath().getList("id", String.class);
    }
}
