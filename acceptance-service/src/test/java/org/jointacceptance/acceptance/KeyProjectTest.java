package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.acceptance.clock.DeadlineWarnings;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The green channel (绿色通道): a coordinator marks an application as a key project (重点项目) with a reason; its stage
 * gets 10 working days instead of 16 and each awaited inspection 3 instead of 5, counted from the day it was asked
 * for; it comes first on the board, and its warnings say so (notification-service sends them to the supervisors).
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class KeyProjectTest {

    /** A district of the city no other test applies in. */
    private static final String DISTRICT = "210281";
    private static final Map<String, String> REASON = Map.of("reason",
            "A municipal key livelihood project: the hospital opens on 1 September");

    @Inject
    MutableClock clock;

    @Inject
    DeadlineWarnings warnings;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_key_project_has_the_shorter_limit_comes_first_and_its_warnings_say_so() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        UUID ordinary = applied("Haiwan Residences Phase II");
        // 16 working days from Monday 1 June, the Dragon Boat Festival (19 June) off
        asCoordinator().get("/applications/{id}", ordinary).then().body("dueDate", equalTo("2026-06-24"));

        clock.set(LocalDateTime.of(2026, 6, 10, 9, 0));
        UUID key = applied("Dalian Children's Hospital, inpatient building");
        asCoordinator().get("/applications/{id}", key).then().body("dueDate", equalTo("2026-07-03"))
                .body("sections[0].inspections.dueDate", everyItem(equalTo("2026-06-17")));

        asCoordinator().contentType(ContentType.JSON).body(REASON).post("/applications/{id}/key-project", key)
                .then().statusCode(200)
                .body("keyProject", equalTo(true))
                .body("keyProjectReason", equalTo(REASON.get("reason")))
                .body("dueDate", equalTo("2026-06-25"))
                .body("sections[0].inspections.dueDate", everyItem(equalTo("2026-06-15")));

        JsonPath marked = JsonPath.from(only(key, "KeyProjectMarked").value());
        assertThat(marked.getInt("stageWorkingDays")).isEqualTo(10);
        assertThat(marked.getString("stageDueDate")).isEqualTo("2026-06-25");
        assertThat(marked.getList("inspections.department", String.class))
                .containsExactlyInAnyOrder("quality", "planning", "land", "fire", "archives");
        assertThat(marked.getList("inspections.dueDate", String.class)).containsOnly("2026-06-15");
        JsonPath moved = JsonPath.from(only(key, "DueDateChanged").value());
        assertThat(moved.getString("previousDueDate")).isEqualTo("2026-07-03");
        assertThat(moved.getString("dueDate")).isEqualTo("2026-06-25");
        asCoordinator().get("/applications/{id}/timeline", key).then().statusCode(200)
                .body("find { it.action == 'KEY_PROJECT_MARKED' }.reason", equalTo(REASON.get("reason")))
                .body("find { it.action == 'KEY_PROJECT_MARKED' }.actor", equalTo("coordinator:Liu Yang"));

        assertThat(asCoordinator().get("/applications?district={district}&status=IN_INSPECTION", DISTRICT).then().statusCode(200)
                .extract().jsonPath().getList("id", String.class))
                .as("the key project first, though due a day after the other")
                .containsExactly(key.toString(), ordinary.toString());

        asCoordinator().contentType(ContentType.JSON).body(REASON).post("/applications/{id}/key-project", key)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/already-key-project"));
        asFirm().contentType(ContentType.JSON).body(REASON).post("/applications/{id}/key-project", ordinary)
                .then().statusCode(403);

        // Thursday 11 June: the key project's departments are due on Monday 15 June, two working days on
        clock.set(LocalDateTime.of(2026, 6, 11, 9, 0));
        warnings.check();
        List<JsonPath> yellow = Applications.announced(kafka, record -> key.toString().equals(record.key())
                && "DeadlineWarning".equals(KafkaTestClient.header(record, "ce_type")))
                .stream().map(record -> JsonPath.from(record.value())).toList();
        assertThat(yellow).hasSize(5).allSatisfy(warning -> {
            assertThat(warning.getString("level")).isEqualTo("YELLOW");
            assertThat(warning.getBoolean("keyProject")).isTrue();
        });
    }

    @Test
    void a_decided_or_ended_application_cannot_be_put_on_the_green_channel() {
        UUID ended = applied("Xinghai Bay Office Tower");
        asCoordinator().contentType(ContentType.JSON).body(Map.of("reason", "The firm withdrew in writing"))
                .post("/applications/{id}/termination", ended).then().statusCode(200);

        asCoordinator().header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body(REASON)
                .post("/applications/{id}/key-project", ended).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/key-project-closed"))
                .body("detail", equalTo("申请已办结或终止，不能再列入绿色通道"));
        asCoordinator().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/applications/{id}/key-project", ended).then().statusCode(400);
    }

    /** An application of a project in the test's district, accepted at intake today. */
    private static UUID applied(String projectName) {
        return UUID.fromString(ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProjectWith(
                Map.of("name", projectName, "district", DISTRICT))).getString("id"));
    }

    private ConsumerRecord<String, String> only(UUID application, String type) {
        List<ConsumerRecord<String, String>> records = Applications.announced(kafka,
                record -> application.toString().equals(record.key())
                        && type.equals(KafkaTestClient.header(record, "ce_type")));
        assertThat(records).as(type).hasSize(1);
        return records.get(0);
    }
}
