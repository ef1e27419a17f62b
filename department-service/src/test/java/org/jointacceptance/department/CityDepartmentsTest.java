package org.jointacceptance.department;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.department.Workbench.as;
import static org.jointacceptance.department.Workbench.request;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.department.serving.RequestDepartment;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.infrastructure.testing.TestInfrastructure;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.jointacceptance.messaging.outbox.OutboxRelay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One instance serving two of a city's departments, quality supervision and fire protection, each in its own
 * database: each department's requests, inspectors and results stay its own, and a coordinator names the department
 * a call is for.
 */
@QuarkusTest
@TestProfile(CityDepartmentsTest.QualityAndFire.class)
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class CityDepartmentsTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";
    private static final String FIRE_DATABASE = "city_fire";

    /**
     * Quality supervision in the tests' usual database, fire protection besides it in a database of its own. The
     * outbox relay looks for events only once an hour: what reaches Kafka here went because its commit woke the relay
     * for its own department's database.
     */
    public static class QualityAndFire implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            String fire = TestInfrastructure.get().jdbcUrl(FIRE_DATABASE);
            return Map.of("department.code", "quality", "department.also", "fire",
                    "department.also-database-url", fire.replace(FIRE_DATABASE, "city_*"),
                    "outbox.relay.every", "1h");
        }
    }

    @Inject
    EventCodec codec;

    private final User qualityInspector = User.inspector("Li Na", "quality");
    private final User fireInspector = User.inspector("Zhao Lei", "fire");
    private final User coordinator = User.coordinator("Liu Yang");

    @BeforeEach
    void startOfTheWorkingDay() {
        MovableClock.moveTo(MovableClock.START);
    }

    @Test
    void each_departments_requests_reach_its_own_inbox_and_its_own_database() throws SQLException {
        Workbench.Request forQuality = request("quality");
        Workbench.Request forFire = request("fire").application(forQuality.application);
        String quality = file(forQuality, qualityInspector);
        String fire = file(forFire, fireInspector);

        assertThat(inbox(qualityInspector, forQuality.application).getList("id", String.class)).containsExactly(quality);
        assertThat(inbox(fireInspector, forQuality.application).getList("id", String.class)).containsExactly(fire);
        as(fireInspector).get("/inspections/{id}", quality).then().statusCode(404);
        as(fireInspector).get("/inspections/{id}", fire).then().statusCode(200).body("department", equalTo("fire"));

        assertThat(inspectionsIn(FIRE_DATABASE, forQuality.application)).containsExactly(UUID.fromString(fire));
        assertThat(inspectionsIn("service", forQuality.application)).containsExactly(UUID.fromString(quality));
    }

    @Test
    void the_instance_is_ready_with_each_departments_database() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Databases of the further departments served' }.status",
                        equalTo("UP"));
    }

    @Test
    void a_coordinator_names_the_department_a_call_is_for() {
        Workbench.Request forFire = request("fire");
        String fire = file(forFire, fireInspector);

        as(coordinator).header(RequestDepartment.HEADER, "fire").get("/inspections/{id}", fire).then()
                .statusCode(200).body("department", equalTo("fire"));
        as(coordinator).header(RequestDepartment.HEADER, "quality").get("/inspections/{id}", fire).then()
                .statusCode(404);
        as(coordinator).get("/inspections/{id}", fire).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "department-not-chosen"));
        as(coordinator).header(RequestDepartment.HEADER, "land").get("/inspections/{id}", fire).then()
                .statusCode(421).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "department-not-served"));
    }

    @Test
    void an_inspector_of_a_department_not_served_here_is_refused() {
        as(User.inspector("Sun Hao", "land")).get("/inspections").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void the_result_of_the_department_besides_the_instances_own_is_announced() {
        Workbench.Request forFire = request("fire");
        String fire = file(forFire, fireInspector);
        JsonPath checklist = as(fireInspector).get("/inspections/{id}/checklist", fire).then().statusCode(200)
                .extract().jsonPath();
        for (String code : checklist.getList("checklist.code", String.class)) {
            Workbench.mark(fireInspector, fire, code, Workbench.pass()).statusCode(200);
        }
        Instant beforeSubmitting = Instant.now();
        Workbench.submit(fire, fireInspector).statusCode(200);

        List<ConsumerRecord<String, String>> submitted = await().atMost(Duration.ofSeconds(30))
                .until(() -> Workbench.KAFKA.recordsSoFar(Topics.DEPARTMENT_EVENTS,
                        record -> forFire.application.toString().equals(record.key())
                                && "InspectionResultSubmitted".equals(KafkaTestClient.header(record, "ce_type"))),
                        records -> !records.isEmpty());
        JsonPath result = JsonPath.from(submitted.get(0).value());
        assertThat(result.getString("department")).isEqualTo("fire");
        assertThat(result.getString("result")).isEqualTo("PASSED");
        Instant committed = Instant.parse(KafkaTestClient.header(submitted.get(0), OutboxRelay.COMMITTED_AT));
        assertThat(committed).isAfterOrEqualTo(beforeSubmitting.truncatedTo(ChronoUnit.MILLIS));
        assertThat(committed.truncatedTo(ChronoUnit.MILLIS))
                .isBeforeOrEqualTo(Instant.ofEpochMilli(submitted.get(0).timestamp()));
    }

    @Test
    void a_year_loaded_counts_the_open_due_dates_of_every_department_again() {
        MovableClock.moveTo(LocalDate.of(2032, 12, 27));
        // asked on Monday 12-27 for 5 working days: 12-28 to 12-31, then provisionally Monday 2033-01-03
        Workbench.Request forQuality = request("quality").due(LocalDate.of(2033, 1, 3));
        Workbench.Request forFire = request("fire").application(forQuality.application).due(LocalDate.of(2033, 1, 3));
        String quality = file(forQuality, qualityInspector);
        String fire = file(forFire, fireInspector);

        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, "calendar-2033", "CalendarYearLoaded",
                codec.encode(new CalendarYearLoaded(2033, "2033.1", "Test arrangement, not the State Council's notice",
                        List.of(new CalendarYearLoaded.Holiday("New Year's Day 元旦", LocalDate.of(2033, 1, 1),
                                LocalDate.of(2033, 1, 3))), List.of(), "Liu Yang", null)));

        // Monday 01-03 is off too: the fifth working day is Tuesday 01-04, in both departments
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            as(qualityInspector).get("/inspections/{id}", quality).then().statusCode(200)
                    .body("dueDate", equalTo("2033-01-04"));
            as(fireInspector).get("/inspections/{id}", fire).then().statusCode(200)
                    .body("dueDate", equalTo("2033-01-04"));
        });
    }

    private String file(Workbench.Request request, User inspector) {
        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), "InspectionRequested",
                codec.encode(request.event()));
        return await().atMost(Duration.ofSeconds(30)).until(() -> inbox(inspector, request.application)
                .getString("find { it.department == '" + request.department + "' }.id"), id -> id != null);
    }

    private static JsonPath inbox(User inspector, UUID application) {
        return as(inspector).accept(ContentType.JSON).get("/inspections?applicationId={id}", application).then()
                .statusCode(200).extract().jsonPath();
    }

    private static List<UUID> inspectionsIn(String database, UUID application) throws SQLException {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(database),
                infrastructure.username(), infrastructure.password());
                PreparedStatement query = connection.prepareStatement(
                        "select id from inspection where application_id = ?")) {
            query.setObject(1, application);
            try (ResultSet rows = query.executeQuery()) {
                List<UUID> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
                return ids;
            }
        }
    }
}
