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

        JsonPath october = asCoordinator().get("/statistics/departments/months?from=2025-10&to=2025-10").then()
                .statusCode(200).extract().jsonPath();
        assertThat(october.getString("from")).isEqualTo("2025-10");
        assertThat(october.getString("to")).isEqualTo("2025-10");
        assertThat(october.getList("records.month", String.class)).isNotEmpty().containsOnly("2025-10");
        assertThat(october.getFloat("records.find { it.department == 'fire' }.onTimeShare")).as("fire, late in October")
                .isLessThan(1.0f);
        assertThat(october.getInt("records.find { it.department == 'fire' }.concludedRounds")).isPositive();
        asCoordinator().get("/statistics/departments/months").then().statusCode(200)
                .body("to", equalTo("2025-10")).body("from", equalTo("2024-11"));
    }

    @Test
    void what_a_department_has_open_is_counted_by_the_working_days_it_has_waited() {
        clock.set(LocalDateTime.of(2025, 10, 20, 10, 0));
        Map<String, Object> before = fireBacklog();
        clock.set(LocalDateTime.of(2025, 9, 26, 10, 0));
        ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Waiting project"));

        clock.set(LocalDateTime.of(2025, 10, 20, 10, 0));
        Map<String, Object> after = fireBacklog();
        // requested 09-26: 09-28 (make-up), 09-29, 09-30, 10-09, 10-10, 10-11 (make-up), 10-13..10-17, 10-20 are 12
        // working days, in the band 11-16; due 10-10, so overdue
        assertThat(band(after, 2) - band(before, 2)).isEqualTo(1);
        assertThat((Integer) after.get("overdue") - (Integer) before.get("overdue")).isEqualTo(1);
    }

    @Test
    void months_that_are_not_months_or_out_of_order_are_refused() {
        asCoordinator().get("/statistics/departments/months?from=2026-13&to=June").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("to", "from")));
        asCoordinator().get("/statistics/departments/months?from=2026-06&to=2026-01").then().statusCode(400)
                .body("type", equalTo("https://jointacceptance.org/problems/month-range"));
        asCoordinator().get("/statistics/departments/months?from=2016-01&to=2026-01").then().statusCode(400)
                .body("type", equalTo("https://jointacceptance.org/problems/month-range"));
    }

    private static Map<String, Object> fireBacklog() {
        List<Map<String, Object>> backlog = asCoordinator().get("/statistics/backlog").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return backlog.stream().filter(record -> "fire".equals(record.get("department"))).findFirst()
                .orElse(Map.of("byAge", List.of(0, 0, 0, 0), "overdue", 0));
    }

    @SuppressWarnings("unchecked")
    private static int band(Map<String, Object> record, int band) {
        return ((List<Integer>) record.get("byAge")).get(band);
    }

    private void send(UUID application, UUID section, String department, LocalDate inspectedOn) {
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, application.toString(), "InspectionResultSubmitted",
                codec.encode(new InspectionResultSubmitted(UUID.randomUUID(), application, section, department, 1,
                        InspectionResult.PASSED, "Inspector of " + department, inspectedOn, null, List.of())));
    }
}
