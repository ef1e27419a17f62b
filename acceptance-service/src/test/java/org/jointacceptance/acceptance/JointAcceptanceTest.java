package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.acceptance.decision.RefusedResult;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.junit.jupiter.api.Test;

/** The joint stage through acceptance-service's REST API and real Kafka: one application, parallel results, one decision. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class JointAcceptanceTest {

    private static final List<String> ALWAYS = List.of("archives", "fire", "land", "planning", "quality");

    @Inject
    EventCodec codec;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @Test
    void an_accepted_application_asks_every_required_department_to_inspect_every_section() {
        JsonPath application = submit(ApplicationRequests.application(true, true, "SPECIAL", "Section 1", "Section 2"));
        String id = application.getString("id");

        assertThat(application.getString("status")).isEqualTo("IN_INSPECTION");
        assertThat(application.getString("intakeOutcome")).isEqualTo("ACCEPTED");
        assertThat(application.getString("dueDate")).isNotNull();
        assertThat(application.getList("sections[0].inspections.department", String.class))
                .containsExactlyInAnyOrder("archives", "civil-air-defense", "fire", "land", "meteorology",
                        "planning", "quality");
        assertThat(application.getList("sections[0].inspections.findAll { it.department == 'fire' }.mode"))
                .containsExactly("ACCEPTANCE");

        List<ConsumerRecord<String, String>> requests = Applications.announced(kafka,
                record -> id.equals(record.key()) && "InspectionRequested".equals(KafkaTestClient.header(record, "ce_type")));
        assertThat(requests).hasSize(14);
        assertThat(requests).allSatisfy(record -> {
            assertThat(KafkaTestClient.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaTestClient.header(record, "ce_id")).isNotBlank();
            assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/acceptance-service");
        });
        assertThat(requests.stream().map(record -> KafkaTestClient.header(record, "ce_id")).distinct()).hasSize(14);
    }

    @Test
    void an_ordinary_project_is_routed_to_fire_in_filing_mode_and_to_the_always_required_departments_only() {
        JsonPath application = submit(ApplicationRequests.plainProject("Whole project"));

        assertThat(application.getList("sections[0].inspections.department", String.class))
                .containsExactlyInAnyOrderElementsOf(ALWAYS);
        assertThat(application.getList("sections[0].inspections.findAll { it.department == 'fire' }.mode"))
                .containsExactly("FILING");
    }

    @Test
    void a_section_is_accepted_when_every_required_department_has_passed() {
        JsonPath application = submit(ApplicationRequests.plainProject("Whole project"));
        UUID id = UUID.fromString(application.getString("id"));
        UUID section = UUID.fromString(application.getString("sections[0].id"));

        for (String department : List.of("quality", "planning", "land", "fire")) {
            sendResult(id, section, department, 1, InspectionResult.PASSED, List.of());
        }
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> get(id)
                .body("sections[0].inspections.findAll { it.state == 'PASSED' }.size()", equalTo(4)));
        get(id).body("status", equalTo("IN_INSPECTION")).body("sections[0].decisions.size()", equalTo(0));

        sendResult(id, section, "archives", 1, InspectionResult.NOT_APPLICABLE, List.of());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(id)
                .body("status", equalTo("ACCEPTED"))
                .body("sections[0].status", equalTo("ACCEPTED"))
                .body("sections[0].decisions.size()", equalTo(1))
                .body("sections[0].decisions[0].decision", equalTo("ACCEPTED")));
        assertThat(decisionsAnnounced(id)).containsExactly("ACCEPTED");
    }

    @Test
    void one_failing_department_brings_a_rectification_notice_naming_its_findings() {
        JsonPath application = submit(ApplicationRequests.plainProject("Whole project"));
        UUID id = UUID.fromString(application.getString("id"));
        UUID section = UUID.fromString(application.getString("sections[0].id"));
        Finding sprinklers = new Finding("Automatic sprinklers", "Sprinkler heads missing in garage zone B", true,
                "Install the heads and submit the pressure test report");

        for (String department : List.of("quality", "planning", "land", "archives")) {
            sendResult(id, section, department, 1, InspectionResult.PASSED, List.of());
        }
        sendResult(id, section, "fire", 1, InspectionResult.FAILED, List.of(sprinklers));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(id)
                .body("status", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].decisions[0].decision", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].decisions[0].findings.department", equalTo(List.of("fire")))
                .body("sections[0].decisions[0].findings.description", hasItem(sprinklers.description())));
    }

    @Test
    void a_finding_that_cannot_be_rectified_rejects_the_section() {
        JsonPath application = submit(ApplicationRequests.plainProject("Whole project"));
        UUID id = UUID.fromString(application.getString("id"));
        UUID section = UUID.fromString(application.getString("sections[0].id"));

        for (String department : List.of("quality", "land", "fire", "archives")) {
            sendResult(id, section, department, 1, InspectionResult.PASSED, List.of());
        }
        sendResult(id, section, "planning", 1, InspectionResult.FAILED, List.of(new Finding("Height",
                "Building 2# is 6 m higher than the planning permit allows", false, null)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(id)
                .body("status", equalTo("REJECTED"))
                .body("sections[0].decisions[0].decision", equalTo("REJECTED"))
                .body("sections[0].decisions[0].reasons[0]", equalTo(
                        "Not rectifiable (planning): Building 2# is 6 m higher than the planning permit allows")));
    }

    @Test
    void duplicate_and_stray_results_give_exactly_one_decision() {
        JsonPath application = submit(ApplicationRequests.plainProject("Whole project"));
        UUID id = UUID.fromString(application.getString("id"));
        UUID section = UUID.fromString(application.getString("sections[0].id"));

        String eventId = UUID.randomUUID().toString();
        InspectionResultSubmitted quality = result(id, section, "quality", 1, InspectionResult.PASSED, List.of());
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, id.toString(), eventId, "InspectionResultSubmitted", codec.encode(quality));
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, id.toString(), eventId, "InspectionResultSubmitted", codec.encode(quality));
        sendResult(id, section, "meteorology", 1, InspectionResult.FAILED,
                List.of(new Finding(null, "Not asked, must not count", true, null)));
        sendResult(id, section, "planning", 2, InspectionResult.PASSED, List.of());
        sendResult(UUID.randomUUID(), section, "land", 1, InspectionResult.PASSED, List.of());
        for (String department : List.of("planning", "land", "fire", "archives")) {
            sendResult(id, section, department, 1, InspectionResult.PASSED, List.of());
        }
        sendResult(id, section, "fire", 1, InspectionResult.FAILED,
                List.of(new Finding(null, "A second, different result after the decision", true, null)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(id)
                .body("status", equalTo("ACCEPTED"))
                .body("sections[0].decisions.size()", equalTo(1)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(refusedReasons(section)).hasSize(4));
        assertThat(refusedReasons(section)).anySatisfy(reason -> assertThat(reason).contains("meteorology was not asked"))
                .anySatisfy(reason -> assertThat(reason).contains("round 2 is not the section's current round 1"))
                .anySatisfy(reason -> assertThat(reason).contains("no such section"));
        assertThat(decisionsAnnounced(id)).containsExactly("ACCEPTED");
    }

    @Test
    void invalid_applications_are_refused_with_the_fields_named_and_nothing_stored() {
        Map<String, Object> valid = ApplicationRequests.plainProject("Whole project");
        @SuppressWarnings("unchecked")
        Map<String, Object> applicant = new java.util.HashMap<>((Map<String, Object>) valid.get("applicant"));
        applicant.put("creditCode", "91210200MA0QC8K63U");
        Map<String, Object> invalid = new java.util.HashMap<>(valid);
        invalid.put("applicant", applicant);
        invalid.put("sections", List.of());
        long before = count();

        asFirm().contentType(ContentType.JSON).body(invalid).post("/applications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/validation"))
                .body("errors.field", equalTo(List.of("applicant.creditCode", "sections")));
        asFirm().contentType(ContentType.JSON).body("{\"applicant\": ").post("/applications")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_unknown_application_is_a_404_problem() {
        asCoordinator().get("/applications/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/not-found"));
    }

    private JsonPath submit(Map<String, Object> request) {
        return ApplicationRequests.applyWithEveryMaterial(request);
    }

    private io.restassured.response.ValidatableResponse get(UUID id) {
        return asCoordinator().get("/applications/{id}", id).then().statusCode(200);
    }

    private long count() {
        return asCoordinator().get("/applications?size=200").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private void sendResult(UUID application, UUID section, String department, int round, InspectionResult result,
            List<Finding> findings) {
        new DepartmentResults(kafka, codec).send(application, section, department, round, result, findings);
    }

    private InspectionResultSubmitted result(UUID application, UUID section, String department, int round,
            InspectionResult result, List<Finding> findings) {
        return DepartmentResults.result(application, section, department, round, result, findings);
    }

    private List<String> decisionsAnnounced(UUID application) {
        return Applications.announced(kafka, record -> application.toString().equals(record.key())
                && "SectionDecided".equals(KafkaTestClient.header(record, "ce_type")))
                .stream().map(record -> JsonPath.from(record.value()).getString("decision")).toList();
    }

    private static List<String> refusedReasons(UUID section) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> RefusedResult
                .<RefusedResult>list("sectionId = ?1", section).stream().map(refused -> refused.reason).toList());
    }
}
