package org.jointacceptance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.jointacceptance.notification.Users.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.CompletionFilingIssued;
import org.jointacceptance.messaging.acceptance.DeadlineWarning;
import org.jointacceptance.messaging.acceptance.DepartmentFinding;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.OpinionIssued;
import org.jointacceptance.messaging.acceptance.OwedMaterialDue;
import org.jointacceptance.messaging.acceptance.OwedMaterialOverdue;
import org.jointacceptance.messaging.acceptance.ResultCorrected;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.SectionDecision;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.SiteVisitScheduled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The applicant learns of the intake outcome, of every decision and of what it owes, once per event, in the in-app
 * inbox. Everyone here reads English (the default is Chinese: see NoticeTemplatesTest and MailDeliveryTest), but for
 * the firms of their own that choose no language.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
class ApplicantNotificationTest {

    private static final Applicant HAIWAN = new Applicant("91210200MA0QC8K63J", "Dalian Haiwan Construction Co., Ltd.",
            "Wang Li", "+86 411 8888 0000", "wang.li@haiwan.example");
    private static final User HAIWAN_APPLICANT = Users.applicantOf(HAIWAN);

    @Inject
    EventCodec codec;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @BeforeEach
    void everyoneReadsEnglish() {
        for (String recipient : List.of("applicant:" + HAIWAN.creditCode(), "coordinator", "department:fire",
                "supervisor")) {
            as(recipient).contentType(ContentType.JSON).body(Map.of("language", "en"))
                    .put("/preferences/language").then().statusCode(200).body("recipient", equalTo(recipient));
        }
    }

    @Test
    void the_applicant_is_told_of_acceptance_and_of_a_rectification_notice_with_every_finding_once() {
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                codec.encode(new IntakeDecided(application, "2102022024-0117", "Haiwan Residences Phase II", HAIWAN,
                        IntakeOutcome.ACCEPTED, null, LocalDate.of(2025, 10, 24), List.of())));
        String noticeId = UUID.randomUUID().toString();
        String notice = codec.encode(new SectionDecided(application, UUID.randomUUID(), "Section 1", 1,
                SectionDecision.RECTIFICATION_REQUIRED, "Haiwan Residences Phase II", HAIWAN, List.of(
                        new DepartmentFinding("fire", "Automatic sprinklers", "自动喷水灭火系统",
                                "Sprinkler heads missing in zone B", true, "Install the heads"),
                        new DepartmentFinding("planning", "Greening ratio and green areas", "绿地率和绿地",
                                "Greening ratio 28% below the permitted 30%", true, "Plant the north courtyard")),
                List.of(), LocalDate.of(2025, 11, 7)));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), noticeId, "SectionDecided", notice);
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), noticeId, "SectionDecided", notice);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox(application).getList("subject"))
                .hasSize(2));
        JsonPath inbox = inbox(application);
        assertThat(inbox.getList("subject", String.class)).containsExactlyInAnyOrder(
                "Application accepted: Haiwan Residences Phase II",
                "Rectification notice: 'Section 1' of Haiwan Residences Phase II");
        String body = inbox.getString("find { it.eventType == 'SectionDecided' }.body");
        assertThat(body).contains("[Fire protection] Sprinkler heads missing in zone B", "[Planning] Greening ratio 28%");
        assertThat(inbox.getString("find { it.eventType == 'IntakeDecided' }.body")).contains("due by 24 October 2025");
    }

    @Test
    void the_applicant_is_told_of_each_opinion_with_its_digest_and_of_the_completion_filing() {
        UUID application = UUID.randomUUID();
        String digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "OpinionIssued",
                codec.encode(new OpinionIssued(application, UUID.randomUUID(), "Section 1", "Haiwan Residences Phase II",
                        HAIWAN, "DL-LHYS-2026-000007", digest, LocalDate.of(2026, 3, 10))));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "CompletionFilingIssued",
                codec.encode(new CompletionFilingIssued(application, "2102022024-0117", "Haiwan Residences Phase II",
                        HAIWAN, "DL-JGBA-2026-000003", LocalDate.of(2026, 3, 10), List.of("DL-LHYS-2026-000007"))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox(application).getList("subject"))
                .hasSize(2));
        JsonPath inbox = inbox(application);
        assertThat(inbox.getList("subject", String.class)).containsExactlyInAnyOrder(
                "Joint acceptance opinion DL-LHYS-2026-000007: 'Section 1' of Haiwan Residences Phase II",
                "Completion acceptance filed: Haiwan Residences Phase II");
        assertThat(inbox.getString("find { it.eventType == 'OpinionIssued' }.body")).contains(digest);
        assertThat(inbox.getString("find { it.eventType == 'CompletionFilingIssued' }.body"))
                .contains("DL-JGBA-2026-000003", "DL-LHYS-2026-000007");
    }

    @Test
    void an_overdue_department_clock_tells_the_coordinators_the_department_and_the_supervisor() {
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "DeadlineWarning",
                codec.encode(new DeadlineWarning(application, "Haiwan Residences Phase II", UUID.randomUUID(), "fire", 1,
                        DeadlineWarning.Level.OVERDUE, LocalDate.of(2026, 3, 3), 0)));

        for (String recipient : List.of("coordinator", "department:fire", "supervisor")) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(as(recipient)
                    .get("/notifications?applicationId={id}", application).then()
                    .statusCode(200).extract().jsonPath().getList("subject", String.class))
                    .singleElement().asString().contains("Overdue since 3 March 2026: Haiwan Residences Phase II"));
        }
    }

    @Test
    void every_warning_of_a_key_project_reaches_the_supervisor_too() {
        UUID key = UUID.randomUUID();
        UUID ordinary = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, key.toString(), "DeadlineWarning",
                codec.encode(new DeadlineWarning(key, "Dalian Children's Hospital", null, null, 0,
                        DeadlineWarning.Level.YELLOW, LocalDate.of(2026, 3, 6), 3, false, true)));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, ordinary.toString(), "DeadlineWarning",
                codec.encode(new DeadlineWarning(ordinary, "Haiwan Residences Phase II", null, null, 0,
                        DeadlineWarning.Level.YELLOW, LocalDate.of(2026, 3, 6), 3)));

        for (String recipient : List.of("coordinator", "supervisor")) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(as(recipient)
                    .get("/notifications?applicationId={id}", key).then().statusCode(200).extract().jsonPath()
                    .getList("subject", String.class)).singleElement().asString()
                    .contains("Key project: Due soon (3 working days): Dalian Children's Hospital"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(as("coordinator")
                .get("/notifications?applicationId={id}", ordinary).then().statusCode(200).extract().jsonPath()
                .getList("subject", String.class)).hasSize(1));
        assertThat(as("supervisor").get("/notifications?applicationId={id}", ordinary).then().statusCode(200)
                .extract().jsonPath().getList("subject", String.class)).as("an ordinary project's yellow light")
                .isEmpty();
    }

    @Test
    void a_result_corrected_after_the_decision_is_for_the_coordinators_alone() {
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "ResultCorrected",
                codec.encode(new ResultCorrected(application, UUID.randomUUID(), "Section 1",
                        "Haiwan Residences Phase II", "planning", 1, InspectionResult.FAILED,
                        "The height was measured from the wrong datum", false, SectionDecision.ACCEPTED)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(as("coordinator")
                .get("/notifications?applicationId={id}", application).then().statusCode(200).extract().jsonPath()
                .getList("subject", String.class)).singleElement().asString()
                .contains("Result corrected after the decision, for the lead center: Planning"));
        for (String recipient : List.of("department:planning", "supervisor")) {
            assertThat(as(recipient).get("/notifications?applicationId={id}", application).then().statusCode(200)
                    .extract().jsonPath().getList("subject", String.class)).as(recipient).isEmpty();
        }
    }

    @Test
    void the_applicant_learns_when_and_where_a_department_visits_the_site_and_when_the_visit_moves() {
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                codec.encode(new IntakeDecided(application, "2102022024-0117", "Haiwan Residences Phase II", HAIWAN,
                        IntakeOutcome.ACCEPTED, null, LocalDate.of(2025, 10, 24), List.of())));
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, application.toString(), "SiteVisitScheduled",
                codec.encode(new SiteVisitScheduled(UUID.randomUUID(), application, UUID.randomUUID(), "Section 1",
                        "fire", 1, LocalDate.of(2025, 10, 9), "14:00", "88 Renmin Road", "Zhao Min", null, null, null)));
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, application.toString(), "SiteVisitScheduled",
                codec.encode(new SiteVisitScheduled(UUID.randomUUID(), application, UUID.randomUUID(), "Section 1",
                        "fire", 1, LocalDate.of(2025, 10, 10), "09:30", "88 Renmin Road", "Zhao Min",
                        "The inspector is needed at a hearing", LocalDate.of(2025, 10, 9), "14:00")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox(application).getList("subject"))
                .hasSize(3));
        assertThat(inbox(application).getList("subject", String.class)).contains(
                "Site visit on 9 October 2025 14:00: Fire protection, Haiwan Residences Phase II",
                "Site visit moved to 10 October 2025 09:30: Fire protection, Haiwan Residences Phase II");
        assertThat(inbox(application).getString("find { it.subject.startsWith('Site visit moved') }.body"))
                .contains("It was planned for 9 October 2025 14:00", "The inspector is needed at a hearing");
    }

    @Test
    void the_applicant_is_reminded_once_in_chinese_that_an_owed_material_falls_due_and_may_switch_that_off() {
        Applicant firm = Firms.newFirm();
        User applicant = Users.applicantOf(firm);
        UUID application = UUID.randomUUID();
        String reminderId = UUID.randomUUID().toString();
        String reminder = codec.encode(new OwedMaterialDue(application, "Haiwan Residences Phase II", firm,
                "greening-survey", "Greening area survey", LocalDate.of(2026, 6, 8), "绿地面积测量成果"));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), reminderId, "OwedMaterialDue", reminder);
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), reminderId, "OwedMaterialDue", reminder);
        // one application's events are applied in order: once the next one is told, the reminder and its copy were
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "OwedMaterialOverdue",
                codec.encode(new OwedMaterialOverdue(application, "Haiwan Residences Phase II", firm, "greening-survey",
                        "Greening area survey", LocalDate.of(2026, 6, 8), "绿地面积测量成果")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox(applicant, application)
                .getList("eventType", String.class)).contains("OwedMaterialOverdue"));
        JsonPath inbox = inbox(applicant, application);
        assertThat(inbox.getList("subject", String.class)).as("told once, in Chinese, though it came twice")
                .containsOnlyOnce("容缺材料即将到期（2026年6月8日）：Haiwan Residences Phase II，绿地面积测量成果")
                .hasSize(2);
        assertThat(inbox.getString("find { it.eventType == 'OwedMaterialDue' }.body"))
                .contains("承诺于2026年6月8日前补交「绿地面积测量成果」", "请于2026年6月8日前补交")
                .doesNotContain("Greening area survey", "greening-survey");

        as(applicant).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .put("/preferences/notices/in-app/OwedMaterialDue").then().statusCode(200);
        UUID next = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, next.toString(), "OwedMaterialDue",
                codec.encode(new OwedMaterialDue(next, "Haiwan Residences Phase II", firm, "archives-catalogue", null,
                        LocalDate.of(2026, 6, 9))));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, next.toString(), "OwedMaterialOverdue",
                codec.encode(new OwedMaterialOverdue(next, "Haiwan Residences Phase II", firm, "archives-catalogue",
                        null, LocalDate.of(2026, 6, 9))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox(applicant, next)
                .getList("eventType", String.class)).contains("OwedMaterialOverdue"));
        assertThat(inbox(applicant, next).getList("eventType", String.class)).as("the reminder is switched off")
                .containsExactly("OwedMaterialOverdue");
    }

    @Test
    void a_notification_can_be_marked_read_and_bad_requests_are_problems() {
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "IntakeDecided",
                codec.encode(new IntakeDecided(application, "P-1", "Haiwan Residences Phase III", HAIWAN,
                        IntakeOutcome.ACCEPTED, null, LocalDate.of(2025, 10, 24), List.of())));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox(application).getList("id"))
                .hasSize(1));
        String id = inbox(application).getString("[0].id");

        as(HAIWAN_APPLICANT).post("/notifications/{id}/read", id).then().statusCode(200)
                .body("readAt", notNullValue());
        assertThat(inbox(application).getString("[0].readAt")).isNotNull();
        as(HAIWAN_APPLICANT).post("/notifications/{id}/read", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(HAIWAN_APPLICANT).get("/notifications?size=0").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/validation"));
    }

    private static JsonPath inbox(UUID application) {
        return inbox(HAIWAN_APPLICANT, application);
    }

    private static JsonPath inbox(User reader, UUID application) {
        return as(reader).get("/notifications?applicationId={id}", application).then().statusCode(200)
                .extract().jsonPath();
    }
}
