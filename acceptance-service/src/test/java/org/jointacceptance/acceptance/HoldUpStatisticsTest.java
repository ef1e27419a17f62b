package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
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
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where things are held up: working days each party spent, and which departments run past their share. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class HoldUpStatisticsTest {

    /** A district of the city no other test applies in. */
    private static final String DISTRICT = "210212";
    private static final List<String> FOUR = List.of("quality", "planning", "land", "archives");

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
        List<Integer> heldUp = departments.stream().map(record -> (Integer) record.get("workingDaysPastShare"))
                .toList();
        assertThat(heldUp).as("the departments most working days past their share come first")
                .isSortedAccordingTo(Comparator.reverseOrder());

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
    void a_period_and_a_district_narrow_each_departments_figures_round_by_round_as_counted_here() {
        // March 2026 has no holiday. Two applications in the district, accepted Monday 2 March: each department's
        // share ends Monday 9 March; one more elsewhere, which no figure below counts.
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        Map<String, Object> district = Map.of("district", DISTRICT);
        JsonPath first = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProjectWith(district));
        JsonPath second = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProjectWith(district));
        JsonPath elsewhere = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Elsewhere"));
        UUID one = UUID.fromString(first.getString("id"));
        UUID oneSection = UUID.fromString(first.getString("sections[0].id"));
        UUID two = UUID.fromString(second.getString("id"));

        // the first: four departments in 2 working days; fire fails it on 11 March, 2 working days past its share
        clock.set(LocalDateTime.of(2026, 3, 11, 16, 0));
        for (String department : FOUR) {
            send(one, oneSection, department, 1, LocalDate.of(2026, 3, 4));
        }
        send(new InspectionResultSubmitted(UUID.randomUUID(), one, oneSection, "fire", 1, InspectionResult.FAILED,
                "Inspector of fire", LocalDate.of(2026, 3, 11), null, List.of(new Finding("Automatic sprinklers",
                        "Heads missing in zone B", true, "Install them"))));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> Applications.get(one)
                .body("sections[0].status", equalTo("RECTIFICATION_REQUIRED")));
        // answered on 12 March: fire's round 2, concluded the next working day
        clock.set(LocalDateTime.of(2026, 3, 12, 10, 0));
        asFirm().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("finding", 0,
                "answer", "Heads installed")))).post("/applications/{id}/sections/{s}/rectification", one, oneSection)
                .then().statusCode(200);
        clock.set(LocalDateTime.of(2026, 3, 13, 10, 0));
        send(one, oneSection, "fire", 2, LocalDate.of(2026, 3, 13));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> Applications.get(one)
                .body("status", equalTo("ACCEPTED")));
        // the second: four departments in 1 working day; fire still has it
        for (String department : FOUR) {
            send(two, UUID.fromString(second.getString("sections[0].id")), department, 1, LocalDate.of(2026, 3, 3));
        }
        UUID elsewhereId = UUID.fromString(elsewhere.getString("id"));
        for (String department : List.of("quality", "planning", "land", "fire", "archives")) {
            send(elsewhereId, UUID.fromString(elsewhere.getString("sections[0].id")), department, 1,
                    LocalDate.of(2026, 3, 20));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Applications.get(two).body("sections[0].inspections.findAll { it.state == 'PASSED' }.size()",
                    equalTo(4));
            Applications.get(elsewhereId).body("status", equalTo("ACCEPTED"));
        });

        // Friday 20 March: fire's round of the second is 9 working days past its share (10-13, 16-20 March)
        clock.set(LocalDateTime.of(2026, 3, 20, 17, 0));
        JsonPath march = asCoordinator().get("/statistics/departments?from=2026-03-01&to=2026-03-31&district="
                + DISTRICT).then().statusCode(200).extract().jsonPath();
        assertThat(march.getList("department", String.class)).as("most working days past the share first")
                .containsExactly("fire", "archives", "land", "planning", "quality");
        Map<String, Object> fire = march.getMap("[0]");
        assertThat(fire).containsEntry("concludedRounds", 2).containsEntry("lateRounds", 1)
                .containsEntry("workingDaysPastShare", 2 + 9).containsEntry("backlog", 1).containsEntry("overdueNow", 1)
                .containsEntry("medianWorkingDays", 1.0f).containsEntry("p90WorkingDays", 7.0f)
                .containsEntry("onTimeShare", 0.5f);
        assertThat(march.getList("[0].byRound.round", Integer.class)).containsExactly(1, 2);
        assertThat(march.getList("[0].byRound.medianWorkingDays", Float.class)).containsExactly(7.0f, 1.0f);
        assertThat(march.getList("[0].byRound.onTimeShare", Float.class)).containsExactly(0.0f, 1.0f);
        Map<String, Object> quality = march.getMap("[4]");
        assertThat(quality).containsEntry("concludedRounds", 2).containsEntry("medianWorkingDays", 1.0f)
                .containsEntry("p90WorkingDays", 2.0f).containsEntry("onTimeShare", 1.0f)
                .containsEntry("workingDaysPastShare", 0).containsEntry("backlog", 0);

        asCoordinator().get("/statistics/departments?from=2026-03-12&to=2026-03-31&district=" + DISTRICT).then()
                .statusCode(200).body("find { it.department == 'fire' }.concludedRounds", equalTo(1))
                .body("find { it.department == 'fire' }.byRound.round", contains(2))
                .body("department", not(hasItem("quality")));
        String csv = asCoordinator().get("/statistics/departments.csv?from=2026-03-01&to=2026-03-31&district="
                + DISTRICT).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().toList()).startsWith("\uFEFFdepartment,round,concludedRounds,medianWorkingDays,"
                + "p90WorkingDays,onTimeShare,lateRounds,workingDaysPastShare,backlog,overdueNow",
                "fire,all,2,1.0,7.0,0.5,1,11,1,1", "fire,1,1,7.0,7.0,0.0,,,,", "fire,2,1,1.0,1.0,1.0,,,,");
        asCoordinator().get("/statistics/departments?district=2102").then().statusCode(400)
                .contentType("application/problem+json");
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
        send(application, section, department, 1, inspectedOn);
    }

    private void send(UUID application, UUID section, String department, int round, LocalDate inspectedOn) {
        send(new InspectionResultSubmitted(UUID.randomUUID(), application, section, department, round,
                InspectionResult.PASSED, "Inspector of " + department, inspectedOn, null, List.of()));
    }

    private void send(InspectionResultSubmitted result) {
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, result.applicationId().toString(), "InspectionResultSubmitted",
                codec.encode(result));
    }
}
