package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.acceptance.Actors.asCoordinator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where things are held up: working days each party spent, and which departments run past their share. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class HoldUpStatisticsTest {

    @Inject
    MutableClock clock;

    @Inject
    EventCodec codec;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_department_that_concluded_after_its_share_shows_its_working_days_and_counts_as_late() {
        clock.set(LocalDateTime.of(2025, 9, 26, 10, 0));
        JsonPath submitted = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Whole project"));
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        assertThat(submitted.getString("sections[0].inspections[0].dueDate")).isEqualTo("2025-10-10");

        clock.set(LocalDateTime.of(2025, 10, 13, 16, 0));
        for (String department : List.of("quality", "planning", "land", "archives")) {
            send(application, section, department, LocalDate.of(2025, 9, 29));
        }
        send(application, section, "fire", LocalDate.of(2025, 10, 13));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> asCoordinator().get("/applications/{id}", application)
                .then().body("status", equalTo("ACCEPTED")));

        JsonPath spent = asCoordinator().get("/statistics/applications/{id}", application).then().statusCode(200)
                .extract().jsonPath();
        // 09-28 is a make-up Sunday; the National Day holiday 10-01..10-08 does not count; 10-11 is a make-up Saturday
        assertThat(spent.getInt("departmentWorkingDays.quality")).isEqualTo(2);
        assertThat(spent.getInt("departmentWorkingDays.fire")).isEqualTo(7);
        assertThat(spent.getInt("applicantWorkingDays")).isZero();
        assertThat(spent.getInt("stageWorkingDays")).isEqualTo(7);

        List<Map<String, Object>> departments = asCoordinator().get("/statistics/departments").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> fire = departments.stream().filter(record -> "fire".equals(record.get("department")))
                .findFirst().orElseThrow();
        assertThat((Integer) fire.get("lateRounds")).isPositive();
        assertThat(((Number) fire.get("onTimeShare")).doubleValue()).isLessThan(1.0);
        List<Integer> heldUp = departments.stream()
                .map(record -> (Integer) record.get("lateRounds") + (Integer) record.get("overdueNow")).toList();
        assertThat(heldUp).as("the departments that most often hold things up come first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private void send(UUID application, UUID section, String department, LocalDate inspectedOn) {
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, application.toString(), "InspectionResultSubmitted",
                codec.encode(new InspectionResultSubmitted(UUID.randomUUID(), application, section, department, 1,
                        InspectionResult.PASSED, "Inspector of " + department, inspectedOn, null, List.of())));
    }
}
