package org.jointacceptance.department;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.event.InspectionMode;
import org.jointacceptance.messaging.event.InspectionRequested;
import org.junit.jupiter.api.Test;

/** The quality supervision department's workbench: requests arrive from Kafka, inspectors post results to Kafka. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class InspectorWorkbenchTest {

    @Inject
    EventCodec codec;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @Test
    void a_request_for_this_department_lands_in_its_inbox_once_and_others_do_not() {
        UUID application = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        InspectionRequested forQuality = request(application, "quality");
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), eventId, "InspectionRequested", codec.encode(forQuality));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), eventId, "InspectionRequested", codec.encode(forQuality));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "InspectionRequested",
                codec.encode(request(application, "fire")));

        JsonPath inbox = awaitInbox(application);
        assertThat(inbox.getList("department", String.class)).containsExactly("quality");
        assertThat(inbox.getString("[0].state")).isEqualTo("PENDING");
        assertThat(inbox.getString("[0].sectionName")).isEqualTo("Section 1");
        assertThat(inbox.getString("[0].dueDate")).isEqualTo("2025-10-09");
    }

    @Test
    void a_submitted_result_is_published_keyed_by_application_and_cannot_be_changed() {
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "InspectionRequested",
                codec.encode(request(application, "quality")));
        String inspection = awaitInbox(application).getString("[0].id");

        given().contentType(ContentType.JSON).body(Map.of("result", "PASSED", "inspector", "Li Na",
                "inspectedOn", LocalDate.now().toString()))
                .post("/inspections/{id}/result", inspection)
                .then().statusCode(200).body("state", equalTo("SUBMITTED")).body("result", equalTo("PASSED"));

        List<ConsumerRecord<String, String>> published = kafka.records(Topics.DEPARTMENT_EVENTS,
                record -> application.toString().equals(record.key()), Duration.ofSeconds(3));
        assertThat(published).hasSize(1);
        assertThat(KafkaTestClient.header(published.get(0), "ce_type")).isEqualTo("InspectionResultSubmitted");
        JsonPath result = JsonPath.from(published.get(0).value());
        assertThat(result.getString("department")).isEqualTo("quality");
        assertThat(result.getString("result")).isEqualTo("PASSED");
        assertThat(result.getString("inspectionId")).isEqualTo(inspection);

        given().contentType(ContentType.JSON).body(Map.of("result", "FAILED", "inspector", "Li Na",
                "inspectedOn", LocalDate.now().toString(), "findings", List.of(Map.of("description", "late change",
                        "rectifiable", true))))
                .post("/inspections/{id}/result", inspection)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/result-already-submitted"));
        given().get("/inspections/{id}", inspection).then().statusCode(200).body("result", equalTo("PASSED"));
    }

    @Test
    void a_failure_without_findings_or_a_malformed_result_is_refused_and_the_inspection_stays_pending() {
        UUID application = UUID.randomUUID();
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), "InspectionRequested",
                codec.encode(request(application, "quality")));
        String inspection = awaitInbox(application).getString("[0].id");

        given().contentType(ContentType.JSON).body(Map.of("result", "FAILED", "inspector", "Li Na",
                "inspectedOn", LocalDate.now().toString()))
                .post("/inspections/{id}/result", inspection)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/failed-without-findings"));
        given().contentType(ContentType.JSON).body(Map.of("result", "MAYBE", "inspectedOn", "tomorrow"))
                .post("/inspections/{id}/result", inspection)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("result", "PASSED"))
                .post("/inspections/{id}/result", inspection)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("inspectedOn", "inspector")));
        given().get("/inspections/{id}", inspection).then().statusCode(200).body("state", equalTo("PENDING"));
        given().get("/inspections/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private JsonPath awaitInbox(UUID application) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/inspections?applicationId={id}", application).then().statusCode(200)
                .body("size()", equalTo(1)));
        return given().get("/inspections?applicationId={id}", application).then().extract().jsonPath();
    }

    private static InspectionRequested request(UUID application, String department) {
        return new InspectionRequested(application, UUID.randomUUID(), "Section 1", department, 1,
                InspectionMode.ACCEPTANCE, "2102022024-0117", "Haiwan Residences Phase II",
                "88 Renmin Road, Zhongshan District, Dalian", "210202", LocalDate.of(2025, 10, 9), List.of());
    }
}
