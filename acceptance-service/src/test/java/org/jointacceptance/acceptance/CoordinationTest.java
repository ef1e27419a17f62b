package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;
import static org.jointacceptance.acceptance.Applications.get;
import static org.jointacceptance.acceptance.Applications.timeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.department.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the lead coordinator does: override routing, terminate, reopen, and find what needs chasing. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class CoordinationTest {

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();
    private DepartmentResults departments;

    @BeforeEach
    void departments() {
        departments = new DepartmentResults(kafka, codec);
    }

    @Test
    void an_added_department_is_asked_to_inspect_and_the_decision_waits_for_it() {
        JsonPath submitted = submit();
        UUID application = id(submitted);
        UUID section = section(submitted);

        routing(application, section, Map.of("change", "ADDED", "department", "civil-air-defense",
                "reason", "The basement was converted into a shelter")).statusCode(200)
                .body("sections[0].inspections.find { it.department == 'civil-air-defense' }.state", equalTo("REQUESTED"));
        departments.pass(application, section, 1, "quality", "planning", "land", "fire", "archives");

        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application)
                .body("sections[0].inspections.findAll { it.state == 'PASSED' }.size()", equalTo(5))
                .body("sections[0].status", equalTo("IN_INSPECTION")));
        List<ConsumerRecord<String, String>> events = Applications.announced(kafka,
                record -> application.toString().equals(record.key()));
        assertThat(events.stream().filter(record -> "RoutingChanged".equals(KafkaTestClient.header(record, "ce_type")))
                .map(record -> JsonPath.from(record.value()).getString("department"))).containsExactly("civil-air-defense");
        assertThat(events.stream().filter(record -> "InspectionRequested".equals(KafkaTestClient.header(record, "ce_type")))
                .map(record -> JsonPath.from(record.value()).getString("department"))).contains("civil-air-defense");

        departments.pass(application, section, 1, "civil-air-defense");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application).body("status", equalTo("ACCEPTED")));
        assertThat(timeline(application)).anySatisfy(entry -> {
            assertThat(entry.get("action")).isEqualTo("ROUTING_ADDED");
            assertThat(entry.get("actor")).isEqualTo("coordinator:Liu Yang");
            assertThat(entry.get("detail")).isEqualTo("civil-air-defense: The basement was converted into a shelter");
            // and the same facts apart, for a page to word in its reader's language
            assertThat(entry).containsEntry("department", "civil-air-defense").containsEntry("round", 1)
                    .containsEntry("reason", "The basement was converted into a shelter");
        });
    }

    @Test
    void withdrawing_the_last_awaited_department_lets_the_section_be_decided_and_its_late_result_is_refused() {
        JsonPath submitted = submit();
        UUID application = id(submitted);
        UUID section = section(submitted);
        departments.pass(application, section, 1, "quality", "planning", "land", "fire");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application)
                .body("sections[0].inspections.findAll { it.state == 'PASSED' }.size()", equalTo(4)));

        routing(application, section, Map.of("change", "WITHDRAWN", "department", "archives",
                "reason", "Archives accepted the completion file at intake"))
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("sections[0].inspections.find { it.department == 'archives' }.state", equalTo("WITHDRAWN"));
        asCoordinator().get("/opinions/{n}", get(application).extract().<String>path("sections[0].opinion.number")).then()
                .statusCode(200).body("content.conclusions.department", not(hasItem("archives")));

        routing(application, section, Map.of("change", "WITHDRAWN", "department", "fire", "reason", "r")).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void a_terminated_application_refuses_later_results_and_cannot_be_terminated_twice() {
        JsonPath submitted = submit();
        UUID application = id(submitted);
        UUID section = section(submitted);

        asCoordinator().contentType(ContentType.JSON).body(Map.of("reason", "The applicant withdrew in writing")).post("/applications/{id}/termination", application)
                .then().statusCode(200).body("status", equalTo("TERMINATED"));
        departments.pass(application, section, 1, "quality", "planning", "land", "fire", "archives");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(timeline(application).stream()
                .filter(entry -> "RESULT_REFUSED".equals(entry.get("action")))).hasSize(5));
        get(application).body("status", equalTo("TERMINATED")).body("sections[0].decisions.size()", equalTo(0));
        asCoordinator().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/applications/{id}/termination", application)
                .then().statusCode(409).body("type", equalTo("https://jointacceptance.org/problems/application-closed"));
        asCoordinator().contentType(ContentType.JSON).body(Map.of())
                .post("/applications/{id}/termination", application)
                .then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
    }

    @Test
    void a_rejected_section_reopened_with_a_reason_gets_one_more_round() {
        JsonPath submitted = submit();
        UUID application = id(submitted);
        UUID section = section(submitted);
        Map<String, String> reason = Map.of("reason", "Appeal upheld: the permit was amended");
        asCoordinator().contentType(ContentType.JSON).body(reason)
                .post("/applications/{id}/sections/{s}/reopening", application, section)
                .then().statusCode(409).body("type", equalTo("https://jointacceptance.org/problems/section-not-rejected"));

        departments.pass(application, section, 1, "quality", "land", "fire", "archives");
        departments.fail(application, section, 1, "planning",
                new Finding("Height", "Tower 2# is 6 m higher than permitted", false, null));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application).body("status", equalTo("REJECTED")));

        String rectifyBy = asCoordinator().contentType(ContentType.JSON).body(reason)
                .post("/applications/{id}/sections/{s}/reopening", application, section)
                .then().statusCode(200).body("sections[0].status", equalTo("RECTIFICATION_REQUIRED"))
                .extract().path("sections[0].rectifyBy");
        asFirm().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("finding", 0,
                "answer", "Amended planning permit 2026-0311 allows the height"))))
                .post("/applications/{id}/sections/{s}/rectification", application, section)
                .then().statusCode(200).body("sections[0].round", equalTo(2));
        departments.pass(application, section, 2, "planning");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application).body("status", equalTo("ACCEPTED")));
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry).containsEntry("action", "SECTION_REOPENED")
                .containsEntry("round", 1).containsEntry("reason", reason.get("reason")).containsEntry("day", rectifyBy));
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry).containsEntry("action", "RESULT_FAILED")
                .containsEntry("department", "planning").containsEntry("round", 1));
    }

    @Test
    void coordinators_find_applications_by_district_open_department_round_and_overdue_with_the_most_urgent_first() {
        UUID early = id(submit());
        UUID late = id(submit());
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update application set due_date = date '2025-10-24' where id = :id")
                    .setParameter("id", early).executeUpdate();
            entityManager.createNativeQuery("update application set due_date = date '2025-11-03' where id = :id")
                    .setParameter("id", late).executeUpdate();
        });

        List<String> overdue = asCoordinator().get("/applications?overdue=true&district=210202&size=200").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        assertThat(overdue).containsSubsequence(early.toString(), late.toString());
        List<String> withFireOpen = asCoordinator().get("/applications?department=fire&round=1&size=200").then()
                .statusCode(200).extract().jsonPath().getList("id", String.class);
        assertThat(withFireOpen).contains(early.toString(), late.toString());
        assertThat(asCoordinator().get("/applications?district=210211&size=200").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).doesNotContain(early.toString());
        asCoordinator().get("/applications?district=Dalian").then().statusCode(400).contentType("application/problem+json");

        asCoordinator().get("/applications/{id}/matrix", early).then().statusCode(200)
                .body("departments", equalTo(List.of("archives", "fire", "land", "planning", "quality")))
                .body("sections[0].cells.fire.state", equalTo("REQUESTED"))
                .body("sections[0].cells.fire.round", equalTo(1));
    }

    private static JsonPath submit() {
        return ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Whole project"));
    }

    private static UUID id(JsonPath application) {
        return UUID.fromString(application.getString("id"));
    }

    private static UUID section(JsonPath application) {
        return UUID.fromString(application.getString("sections[0].id"));
    }

    private static ValidatableResponse routing(UUID application, UUID section, Map<String, String> change) {
        return asCoordinator().contentType(ContentType.JSON).body(change)
                .post("/applications/{id}/sections/{s}/routing", application, section).then();
    }

}
