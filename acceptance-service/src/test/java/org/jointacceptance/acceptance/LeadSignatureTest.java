package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.acceptance.Actors.as;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;
import static org.jointacceptance.acceptance.Applications.announced;
import static org.jointacceptance.acceptance.Applications.applied;
import static org.jointacceptance.acceptance.Applications.firstSection;
import static org.jointacceptance.acceptance.Applications.get;
import static org.jointacceptance.acceptance.Applications.timeline;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jointacceptance.acceptance.signature.LeadSignatures;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.jointacceptance.messaging.department.QuestionAnswered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lead center's signature: a section whose departments all concluded waits in the lead's queue with the decision
 * their results come to; the lead signs it, and only then is it announced, naming the signer, and an accepted
 * section's opinion issued with the signer's name. A correction while it waits changes what the lead signs; the lead
 * may return it to a department with a question instead, and it comes back once answered or corrected; one left
 * unsigned past the city's working days (here 2) is signed by the system, and the timeline says so.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@TestProfile(LeadSignatureTest.LeadSigns.class)
class LeadSignatureTest {

    /** The lead center signs each decision; the system signs one left unsigned for 2 working days. */
    public static class LeadSigns implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("acceptance.lead-center.auto-sign-after-working-days", "2");
        }
    }

    private static final Finding SMOKE_EXTRACTION = new Finding("Smoke extraction", "The atrium's smoke extraction "
            + "was not tested", true, "Test the smoke extraction and file the report");

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @Inject
    LeadSignatures signatures;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();
    private DepartmentResults departments;

    @BeforeEach
    void departments() {
        departments = new DepartmentResults(kafka, codec);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_lead_signs_the_decision_and_only_then_is_it_announced_with_the_signers_name_on_the_opinion()
            throws IOException {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        UUID application = applied("Signed project");
        UUID section = firstSection(application);
        departments.pass(application, section, 1, "quality", "planning", "land", "fire", "archives");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application)
                .body("status", equalTo("IN_INSPECTION"))
                .body("sections[0].status", equalTo("AWAITING_SIGNATURE"))
                .body("sections[0].signBy", equalTo("2026-06-03"))
                .body("sections[0].decisions.size()", equalTo(0)));
        asCoordinator().get("/applications?status=IN_INSPECTION&size=200").then().statusCode(200)
                .body("find { it.id == '" + application + "' }.awaiting[0].party", equalTo("lead-center"))
                .body("find { it.id == '" + application + "' }.awaiting[0].what", equalTo("SIGNATURE"));
        JsonPath awaited = queued(application);
        assertThat(awaited.getString("decision")).isEqualTo("ACCEPTED");
        assertThat(awaited.getString("signBy")).isEqualTo("2026-06-03");
        assertThat(awaited.getList("conclusions.department", String.class))
                .containsExactlyInAnyOrder("quality", "planning", "land", "fire", "archives");
        assertThat(awaited.getList("conclusions.inspectorName", String.class)).contains("赵敏");
        assertThat(announced(kafka, application, "SectionDecided")).as("nothing announced before the signature").isEmpty();

        asCoordinator().contentType(ContentType.JSON).body(Map.of("decision", "ACCEPTED"))
                .post("/applications/{id}/sections/{sectionId}/signature", application, section)
                .then().statusCode(403);
        asFirm().get("/signatures").then().statusCode(403);
        as(Actors.LEAD_CENTER).contentType(ContentType.JSON).body(Map.of())
                .post("/applications/{id}/sections/{sectionId}/signature", application, section)
                .then().statusCode(400).contentType("application/problem+json");

        sign(application, section, "ACCEPTED").statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("sections[0].status", equalTo("ACCEPTED"))
                .body("sections[0].signBy", nullValue())
                .body("sections[0].decisions[0].signedBy", equalTo("Gao Jian"));
        JsonPath decided = JsonPath.from(announced(kafka, application, "SectionDecided").get(0));
        assertThat(decided.getString("decision")).isEqualTo("ACCEPTED");
        assertThat(decided.getString("signedBy")).isEqualTo("Gao Jian");
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "DECISION_SIGNED").containsEntry("actor", "lead-center:Gao Jian")
                .containsEntry("subject", "Gao Jian").containsEntry("round", 1));
        assertThat(queuedSections(application)).isEmpty();

        String opinion = get(application).extract().path("sections[0].opinion.number");
        byte[] pdf = as(Actors.LEAD_CENTER).accept("application/pdf").get("/opinions/{number}", opinion).then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("签发人：Gao Jian");
        }

        sign(application, section, "ACCEPTED").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/not-awaiting-signature"));
        as(Actors.SUPERVISOR).get("/audit?action=DECISION_SIGNED&limit=1000").then().statusCode(200)
                .body("find { it.detail.contains('" + section + "') }.actor", equalTo("lead-center:Gao Jian"));
    }

    @Test
    void a_correction_while_the_decision_waits_changes_what_the_lead_signs() {
        UUID application = applied("Corrected while waiting");
        UUID section = firstSection(application);
        InspectionResultSubmitted failed = departments.fail(application, section, 1, "fire", SMOKE_EXTRACTION);
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queuedSections(application))
                .hasSize(1));
        JsonPath awaited = queued(application);
        assertThat(awaited.getString("decision")).isEqualTo("RECTIFICATION_REQUIRED");
        assertThat(awaited.getList("findings.description", String.class))
                .containsExactly("The atrium's smoke extraction was not tested");

        departments.correct(failed, InspectionResult.PASSED, "The test report was filed under another section");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queued(application)
                .getString("decision")).isEqualTo("ACCEPTED"));

        as(Actors.LEAD_CENTER).header("Accept-Language", "zh-CN").contentType(ContentType.JSON)
                .body(Map.of("decision", "RECTIFICATION_REQUIRED"))
                .post("/applications/{id}/sections/{sectionId}/signature", application, section)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/decision-changed"))
                .body("detail", equalTo("验收分段“Section 1: towers 1# and 2#”的决定已有变化（有部门更正了结论），请重新查看后再签发"));
        get(application).body("sections[0].status", equalTo("AWAITING_SIGNATURE"));

        sign(application, section, "ACCEPTED").statusCode(200).body("sections[0].status", equalTo("ACCEPTED"));
    }

    @Test
    void the_lead_returns_the_decision_to_a_department_with_a_question_and_it_comes_back_once_answered() {
        UUID application = applied("Questioned");
        UUID section = firstSection(application);
        InspectionResultSubmitted fire = departments.send(application, section, "fire", 1, InspectionResult.PASSED,
                List.of());
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queuedSections(application))
                .hasSize(1));

        question(application, section, Map.of("department", "civil-air-defense", "question", "Why?"))
                .statusCode(409).body("type", equalTo("https://jointacceptance.org/problems/department-without-result"));
        question(application, section, Map.of("department", "fire", "question", " ")).statusCode(400);
        String asked = "The garage's sprinklers failed at the sister project last month; were they tested here?";
        question(application, section, Map.of("department", "fire", "question", asked)).statusCode(200)
                .body("sections[0].status", equalTo("IN_INSPECTION"))
                .body("sections[0].awaitingSignatureSince", nullValue());
        assertThat(queuedSections(application)).as("out of the queue while the department is asked").isEmpty();
        JsonPath questioned = JsonPath.from(announced(kafka, application, "ResultQuestioned").get(0));
        assertThat(questioned.getString("department")).isEqualTo("fire");
        assertThat(questioned.getString("inspectionId")).isEqualTo(fire.inspectionId().toString());
        assertThat(questioned.getString("question")).isEqualTo(asked);
        assertThat(questioned.getString("leadName")).isEqualTo("Gao Jian");
        asCoordinator().get("/applications?size=200").then().statusCode(200)
                .body("find { it.id == '" + application + "' }.awaiting[0].party", equalTo("fire"))
                .body("find { it.id == '" + application + "' }.awaiting[0].what", equalTo("ANSWER"));
        sign(application, section, "ACCEPTED").statusCode(409)
                .body("type", equalTo("https://jointacceptance.org/problems/not-awaiting-signature"));

        QuestionAnswered answer = new QuestionAnswered(fire.inspectionId(), application, section, "fire", 1,
                "Tested on site on 28 May; the report is in the evidence", "inspector.fire", "赵敏");
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, application.toString(), "QuestionAnswered", codec.encode(answer));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queuedSections(application))
                .hasSize(1));
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "DECISION_QUESTIONED").containsEntry("actor", "lead-center:Gao Jian")
                .containsEntry("department", "fire").containsEntry("reason", asked))
                .anySatisfy(entry -> assertThat(entry).containsEntry("action", "QUESTION_ANSWERED")
                        .containsEntry("department", "fire").containsEntry("reason", answer.answer()));
        as(Actors.SUPERVISOR).get("/audit?action=DECISION_QUESTIONED&limit=1000").then().statusCode(200)
                .body("find { it.detail.contains('" + section + "') }.actor", equalTo("lead-center:Gao Jian"));

        // asked again, the department corrects its result instead of answering: the decision is what it makes now
        question(application, section, Map.of("department", "fire", "question", asked)).statusCode(200);
        departments.correct(fire, InspectionResult.FAILED, "The garage was not tested after all", SMOKE_EXTRACTION);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queued(application)
                .getString("decision")).isEqualTo("RECTIFICATION_REQUIRED"));
        sign(application, section, "RECTIFICATION_REQUIRED").statusCode(200)
                .body("sections[0].status", equalTo("RECTIFICATION_REQUIRED"));
    }

    @Test
    void a_decision_left_unsigned_past_the_leads_working_days_is_signed_by_the_system() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        UUID application = applied("Left unsigned");
        UUID section = firstSection(application);
        departments.fail(application, section, 1, "fire", SMOKE_EXTRACTION);
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application)
                .body("sections[0].status", equalTo("AWAITING_SIGNATURE"))
                .body("sections[0].signBy", equalTo("2026-06-03")));

        clock.set(LocalDateTime.of(2026, 6, 3, 18, 0));
        signatures.signLapsed();
        get(application).body("sections[0].status", equalTo("AWAITING_SIGNATURE"));

        // Thursday 4 June: the two working days after the round completed are past
        clock.set(LocalDateTime.of(2026, 6, 4, 9, 0));
        assertThat(signatures.signLapsed()).isGreaterThanOrEqualTo(1);
        get(application).body("status", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].decisions[0].decision", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].decisions[0].signedBy", nullValue())
                // 20 working days from Thursday 4 June, the Dragon Boat Festival (19 June) off
                .body("sections[0].rectifyBy", equalTo("2026-07-03"));
        JsonPath decided = JsonPath.from(announced(kafka, application, "SectionDecided").get(0));
        assertThat(decided.getString("signedBy")).isNull();
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "DECISION_SIGNED_AUTOMATICALLY").containsEntry("actor", "system"));
    }

    private static ValidatableResponse sign(UUID application, UUID section, String decision) {
        return as(Actors.LEAD_CENTER).contentType(ContentType.JSON).body(Map.of("decision", decision))
                .post("/applications/{id}/sections/{sectionId}/signature", application, section).then();
    }

    private static ValidatableResponse question(UUID application, UUID section, Map<String, String> request) {
        return as(Actors.LEAD_CENTER).contentType(ContentType.JSON).body(request)
                .post("/applications/{id}/sections/{sectionId}/signature/question", application, section).then();
    }

    private static List<Map<String, Object>> queuedSections(UUID application) {
        return as(Actors.LEAD_CENTER).get("/signatures").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.applicationId == '" + application + "' }");
    }

    /** The application's one section in the queue, as a supervisor reads it. */
    private static JsonPath queued(UUID application) {
        assertThat(queuedSections(application)).hasSize(1);
        return as(Actors.SUPERVISOR).get("/signatures").then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.applicationId == '" + application + "' }");
    }

}
