package org.jointacceptance.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.jointacceptance.notification.Users.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.DeadlineWarning;
import org.jointacceptance.messaging.acceptance.DepartmentFinding;
import org.jointacceptance.messaging.acceptance.DueDateChanged;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.SectionDecision;
import org.junit.jupiter.api.Test;

/**
 * Notices reach their recipients' mailboxes through a real SMTP server: once per event, recipient and channel,
 * whatever the redeliveries; nothing is lost while the server is down; a delivery that never succeeds waits, dead,
 * for a coordinator to replay it; and recipients choose the language and the optional notices they get.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
class MailDeliveryTest {

    private static final String PROJECT = "Xinghai Bay Office Tower";
    /** Long enough for an attempt that gets no answer (15 s in tests) and the attempts after it, on a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    EventCodec codec;

    SmtpServer smtp;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @Test
    void an_accepted_intake_is_mailed_once_in_chinese_to_the_applicants_contact_under_the_deliverys_message_id()
            throws Exception {
        Applicant firm = Firms.newFirm();
        UUID application = UUID.randomUUID();
        String event = codec.encode(accepted(application, firm));
        String eventId = UUID.randomUUID().toString();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), eventId, "IntakeDecided", event);
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), eventId, "IntakeDecided", event);

        await().atMost(PATIENCE).until(() -> smtp.mailsTo(firm.contactEmail()).size() == 1);
        JsonPath log = awaitDelivery(application, "SENT");
        MimeMessage mail = smtp.mailsTo(firm.contactEmail()).get(0);
        assertThat(mail.getSubject()).isEqualTo("申请已受理：" + PROJECT);
        assertThat((String) mail.getContent()).contains("竣工联合验收申请已受理", "2025年10月24日前办结");
        assertThat(mail.getMessageID()).isEqualTo(log.getString("[0].messageId"));
        assertThat(log.getString("[0].language")).isEqualTo("zh-CN");
        // an attempt the test's SMTP server leaves unanswered is tried again: what counts is the one mail it took
        assertThat(log.getInt("[0].attempts")).isBetween(1, 2);

        Thread.sleep(2_000);
        assertThat(smtp.mailsTo(firm.contactEmail())).as("the event arrived twice, the mail went once").hasSize(1);
        assertThat(deliveries("applicationId=" + application).getList("id")).hasSize(1);
    }

    @Test
    void an_applicant_who_reads_english_gets_the_rectification_notice_in_english_with_every_finding() throws Exception {
        Applicant firm = Firms.newFirm();
        chooseLanguage(Firms.recipient(firm), "en");
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "SectionDecided",
                codec.encode(rectificationNotice(application, firm)));

        await().atMost(PATIENCE).until(() -> smtp.mailsTo(firm.contactEmail()).size() == 1);
        MimeMessage mail = smtp.mailsTo(firm.contactEmail()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Rectification notice: 'Section 1: office tower' of " + PROJECT);
        assertThat((String) mail.getContent()).contains(
                "- [Meteorology (lightning protection)] Earthing resistance of 14 ohm exceeds the 10 ohm limit Required: Add earth electrodes",
                "- [Fire protection] Smoke exhaust fan of the atrium does not start");
        assertThat(awaitDelivery(application, "SENT").getString("[0].language")).isEqualTo("en");
    }

    @Test
    void while_the_smtp_server_is_down_the_mail_waits_and_retries_and_goes_once_it_is_back() {
        Applicant firm = Firms.newFirm();
        UUID application = UUID.randomUUID();
        MovableClock.stop();
        smtp.stop();
        try {
            kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                    codec.encode(accepted(application, firm)));
            JsonPath retrying = awaitDelivery(application, "RETRYING");
            assertThat(retrying.getInt("[0].attempts")).as("the clock stands still, the retry is not due").isEqualTo(1);
            assertThat(retrying.getString("[0].lastError")).isNotBlank();
            assertThat(smtp.mailsTo(firm.contactEmail())).isEmpty();
        } finally {
            smtp.start();
            MovableClock.reset();
        }

        JsonPath sent = awaitDelivery(application, "SENT");
        // every attempt opens its own connection (quarkus.mailer.keep-alive=false): none kept from before the outage
        // hangs one; a server slow to answer just after its restart may cost one attempt more
        assertThat(sent.getInt("[0].attempts")).as("retried once the server was back").isBetween(2, 3);
        assertThat(smtp.mailsTo(firm.contactEmail())).as("and went once").hasSize(1);
    }

    @Test
    void a_mail_that_never_goes_is_dead_in_the_log_until_a_coordinator_replays_it() {
        Applicant firm = Firms.newFirm();
        UUID application = UUID.randomUUID();
        smtp.stop();
        String delivery;
        try {
            kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                    codec.encode(accepted(application, firm)));
            JsonPath dead = awaitDelivery(application, "DEAD");
            assertThat(dead.getInt("[0].attempts")).as("notification.mail.retry.max-attempts in tests").isEqualTo(3);
            delivery = dead.getString("[0].id");
        } finally {
            smtp.start();
        }
        assertThat(deliveries("status=DEAD&recipient=" + Firms.recipient(firm)).getList("id", String.class))
                .containsExactly(delivery);
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("notification_deliveries_total{channel=\"email\",outcome=\"dead\"}",
                        "notification_deliveries_total{channel=\"email\",outcome=\"failed\"}",
                        "notification_deliveries_backlog{channel=\"email\",status=\"dead\"}");

        as(Users.COORDINATOR).contentType(ContentType.JSON).body(Map.of())
                .post("/deliveries/{id}/replay", delivery).then().statusCode(400)
                .contentType("application/problem+json");
        as(Users.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("coordinator", "Someone Else", "reason", "The firm's mail server is back"))
                .post("/deliveries/{id}/replay", delivery).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("replayedBy", equalTo(Users.COORDINATOR.name()));

        JsonPath sent = awaitDelivery(application, "SENT");
        assertThat(sent.getString("[0].replayReason")).isEqualTo("The firm's mail server is back");
        assertThat(smtp.mailsTo(firm.contactEmail())).hasSize(1);
        as(Users.COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "Again"))
                .post("/deliveries/{id}/replay", delivery).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/delivery-not-dead"));
    }

    @Test
    void an_optional_notice_switched_off_is_not_mailed_but_one_the_law_requires_cannot_be_switched_off() {
        Applicant firm = Firms.newFirm();
        String recipient = Firms.recipient(firm);
        switchNotice(recipient, "email", "DueDateChanged", false).then().statusCode(200)
                .body("notices.find { it.eventType == 'DueDateChanged' && it.channel == 'email' }.enabled",
                        equalTo(false))
                .body("notices.find { it.eventType == 'DueDateChanged' && it.channel == 'in-app' }.enabled",
                        equalTo(true));
        switchNotice(recipient, "email", "SectionDecided", false).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/notice-required-by-law"));

        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "DueDateChanged",
                codec.encode(new DueDateChanged(application, PROJECT, firm, LocalDate.of(2025, 10, 24),
                        LocalDate.of(2025, 10, 31), 5, null, "rectification pause ended")));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "SectionDecided",
                codec.encode(rectificationNotice(application, firm)));

        await().atMost(PATIENCE).until(() -> smtp.mailsTo(firm.contactEmail()).size() == 1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(as(recipient)
                .get("/notifications?applicationId={id}", application).then().statusCode(200)
                .extract().jsonPath().getList("eventType", String.class))
                .containsExactlyInAnyOrder("DueDateChanged", "SectionDecided"));
        assertThat(deliveries("applicationId=" + application).getList("eventType", String.class))
                .containsExactly("SectionDecided");
    }

    @Test
    void an_overdue_warning_reaches_the_coordinators_mailbox_even_when_they_switched_warnings_off() {
        switchNotice("coordinator", "email", "DeadlineWarning", false).then().statusCode(200);
        try {
            UUID yellow = UUID.randomUUID();
            kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, yellow.toString(), "DeadlineWarning", codec.encode(
                    new DeadlineWarning(yellow, PROJECT, null, null, 0, DeadlineWarning.Level.YELLOW,
                            LocalDate.of(2026, 3, 3), 3)));
            UUID overdue = UUID.randomUUID();
            kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, overdue.toString(), "DeadlineWarning", codec.encode(
                    new DeadlineWarning(overdue, PROJECT, UUID.randomUUID(), "fire", 1, DeadlineWarning.Level.OVERDUE,
                            LocalDate.of(2026, 3, 3), 0)));

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                    deliveries("applicationId=" + overdue + "&status=SENT").getList("address", String.class))
                    .containsExactlyInAnyOrder("coordinators@lead.example", "fire@departments.example",
                            "supervisor@lead.example"));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(as(Users.COORDINATOR)
                    .get("/notifications?applicationId={id}", yellow).then().statusCode(200)
                    .extract().jsonPath().getList("id")).hasSize(1));
            assertThat(deliveries("applicationId=" + yellow).getList("id")).as("yellow warnings are switched off")
                    .isEmpty();
        } finally {
            switchNotice("coordinator", "email", "DeadlineWarning", true).then().statusCode(200);
        }
    }

    @Test
    void bad_requests_for_preferences_and_the_log_are_problems() {
        as(Users.SUPERVISOR).get("/preferences").then().statusCode(200).body("recipient", equalTo("supervisor"))
                .body("notices.find { it.eventType == 'SectionDecided' && it.channel == 'email' }.switchable",
                        equalTo(false))
                .body("notices.eventType", hasItem("SiteVisitScheduled"))
                .body("notices.find { it.eventType == 'SectionDecided' }.requiredByLaw", containsString("article 38"));
        as(Users.SUPERVISOR).header("Accept-Language", "zh-CN").get("/preferences").then().statusCode(200)
                .body("notices.find { it.eventType == 'SectionDecided' }.requiredByLaw", containsString("第三十八条"));
        switchNotice("supervisor", "fax", "DueDateChanged", false).then().statusCode(404)
                .contentType("application/problem+json");
        switchNotice("supervisor", "email", "InspectionResultSubmitted", false).then().statusCode(404)
                .contentType("application/problem+json");
        as(Users.SUPERVISOR).contentType(ContentType.JSON).body(Map.of())
                .put("/preferences/notices/email/DueDateChanged").then().statusCode(400)
                .contentType("application/problem+json");
        as(Users.SUPERVISOR).contentType(ContentType.JSON).body(Map.of("language", "fr"))
                .put("/preferences/language").then().statusCode(400)
                .contentType("application/problem+json");
        as(Users.COORDINATOR).get("/deliveries?status=LOST&applicationId=42&size=0").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("applicationId", "status", "size")));
        as(Users.COORDINATOR).get("/deliveries/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static IntakeDecided accepted(UUID application, Applicant firm) {
        return new IntakeDecided(application, "2102042025-0042", PROJECT, firm, IntakeOutcome.ACCEPTED, null,
                LocalDate.of(2025, 10, 24), List.of());
    }

    private static SectionDecided rectificationNotice(UUID application, Applicant firm) {
        return new SectionDecided(application, UUID.randomUUID(), "Section 1: office tower", 1,
                SectionDecision.RECTIFICATION_REQUIRED, PROJECT, firm, List.of(
                        new DepartmentFinding("meteorology", "Earthing resistance", "接地电阻",
                                "Earthing resistance of 14 ohm exceeds the 10 ohm limit", true,
                                "Add earth electrodes and submit a new test report"),
                        new DepartmentFinding("fire", "Mechanical smoke exhaust", "机械排烟",
                                "Smoke exhaust fan of the atrium does not start", true, null)),
                List.of(), LocalDate.of(2025, 11, 7));
    }

    private static void chooseLanguage(String recipient, String language) {
        as(recipient).contentType(ContentType.JSON).body(Map.of("language", language))
                .put("/preferences/language").then().statusCode(200)
                .body("language", equalTo(language));
    }

    private static io.restassured.response.Response switchNotice(String recipient, String channel, String eventType,
            boolean enabled) {
        return as(recipient).contentType(ContentType.JSON).body(Map.of("enabled", enabled))
                .put("/preferences/notices/{channel}/{type}", channel, eventType);
    }

    private static JsonPath deliveries(String query) {
        return as(Users.COORDINATOR).get("/deliveries?" + query).then().statusCode(200).extract().jsonPath();
    }

    /** The application's one delivery, once it stands in {@code status}. */
    private static JsonPath awaitDelivery(UUID application, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                deliveries("applicationId=" + application).getList("status", String.class)).containsExactly(status));
        return deliveries("applicationId=" + application);
    }
}
