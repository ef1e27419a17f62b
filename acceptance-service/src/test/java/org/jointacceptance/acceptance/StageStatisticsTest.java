package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.acceptance.Actors.asCoordinator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
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
import org.jointacceptance.messaging.department.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the joint stage went for the applications received in a period and a district: a seeded set of applications,
 * each taken to the end the test chose for it on a day it chose, counted again by the test itself.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class StageStatisticsTest {

    /** A district of the city no other test applies in. */
    private static final String DISTRICT = "210224";
    private static final List<String> REQUIRED = List.of("quality", "planning", "land", "fire", "archives");

    @Inject
    MutableClock clock;

    @Inject
    EventCodec codec;

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
    void the_applications_of_a_period_and_district_are_counted_as_they_ended_with_the_stages_working_days() {
        // Monday 2 March 2026, a month without holidays: five applications received, one draft never submitted
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        Map<String, Map<String, Object>> received = new HashMap<>();
        for (String end : List.of("accepted-soon", "rejected", "accepted-later", "terminated", "open")) {
            received.put(end, submitted(end));
        }
        ApplicationRequests.prepare(inDistrict("never submitted"));

        // Thursday 5 March: one accepted and one rejected, three working days after intake
        clock.set(LocalDateTime.of(2026, 3, 5, 10, 0));
        decide(received.get("accepted-soon"), false);
        decide(received.get("rejected"), true);
        asCoordinator().contentType(ContentType.JSON).body(Map.of("reason", "The firm withdrew in writing"))
                .post("/applications/{id}/termination", received.get("terminated").get("id")).then().statusCode(200);
        // Tuesday 10 March: the other accepted, six working days after intake (3, 4, 5, 6, 9, 10 March)
        clock.set(LocalDateTime.of(2026, 3, 10, 10, 0));
        decide(received.get("accepted-later"), false);

        JsonPath figures = asCoordinator().get("/statistics/stage?from=2026-03-01&to=2026-03-31&district=" + DISTRICT)
                .then().statusCode(200).extract().jsonPath();
        String csv = asCoordinator().get("/statistics/stage/applications?from=2026-03-01&to=2026-03-31&district="
                + DISTRICT).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        // the test's own count of what it did
        assertThat(figures.getInt("received")).as(csv).isEqualTo(5);
        assertThat(figures.getInt("accepted")).isEqualTo(2);
        assertThat(figures.getInt("rejected")).isEqualTo(1);
        assertThat(figures.getInt("terminated")).isEqualTo(1);
        assertThat(figures.getInt("open")).isEqualTo(1);
        assertThat(figures.getInt("notAccepted")).isZero();
        assertThat(figures.getInt("decided")).isEqualTo(3);
        assertThat(figures.getInt("decidedWithinLimit")).isEqualTo(3);
        assertThat(figures.getDouble("withinLimitShare")).isEqualTo(1.0);
        assertThat(figures.getDouble("medianStageWorkingDays")).isEqualTo(3.0);
        assertThat(figures.getDouble("p90StageWorkingDays")).isEqualTo(6.0);

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFnumber,projectCode,project,district,receivedOn,status");
        assertThat(lines).hasSize(6);
        assertThat(lines.stream().skip(1).map(line -> line.split(",", -1)[5]))
                .containsExactlyInAnyOrder("ACCEPTED", "REJECTED", "ACCEPTED", "TERMINATED", "IN_INSPECTION");
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith(",2026-03-10,6,true"));

        // another district, another period: none of these
        asCoordinator().get("/statistics/stage?from=2026-03-01&to=2026-03-31&district=210283").then().statusCode(200)
                .body("received", equalTo(0));
        asCoordinator().get("/statistics/stage?from=2026-04-01&to=2026-04-30&district=" + DISTRICT).then()
                .statusCode(200).body("received", equalTo(0));
    }

    @Test
    void days_districts_and_ranges_that_are_not_are_refused() {
        for (String query : List.of("from=2026-13-01", "to=yesterday", "district=21022", "district=2102a4",
                "from=2026-03-31&to=2026-03-01", "from=2024-01-01&to=2026-01-01")) {
            asCoordinator().get("/statistics/stage?" + query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        asCoordinator().get("/statistics/stage").then().statusCode(200).body("received",
                org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    }

    /** An application in the test's district, submitted with every material and accepted at intake. */
    private static Map<String, Object> submitted(String name) {
        JsonPath application = ApplicationRequests.applyWithEveryMaterial(inDistrict(name));
        return Map.of("id", UUID.fromString(application.getString("id")),
                "section", UUID.fromString(application.getString("sections[0].id")));
    }

    /** Every department concludes the application's section: all pass, or planning finds what cannot be rectified. */
    private void decide(Map<String, Object> application, boolean rejected) {
        UUID id = (UUID) application.get("id");
        UUID section = (UUID) application.get("section");
        for (String department : REQUIRED) {
            if (rejected && department.equals("planning")) {
                departments.fail(id, section, 1, department,
                        new Finding("Height", "Tower 2# is 6 m higher than permitted", false, null));
            } else {
                departments.pass(id, section, 1, department);
            }
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> asCoordinator().get("/applications/{id}", id)
                .then().body("status", equalTo(rejected ? "REJECTED" : "ACCEPTED")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inDistrict(String name) {
        Map<String, Object> request = new HashMap<>(ApplicationRequests.plainProject(name));
        Map<String, Object> project = new HashMap<>((Map<String, Object>) request.get("project"));
        project.put("district", DISTRICT);
        project.put("name", "Stage statistics " + name);
        request.put("project", project);
        return request;
    }
}
