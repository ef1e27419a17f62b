package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;
import static org.jointacceptance.acceptance.Applications.announced;
import static org.jointacceptance.acceptance.Applications.get;
import static org.jointacceptance.acceptance.Applications.timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.jointacceptance.acceptance.intake.IntakeService;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window officer's review (形式审查): a submission the automatic check found complete waits for an officer, who
 * confirms it in one step (the clock starts that day) or returns it naming what is wrong with which material (that
 * file no longer counts); one no officer reviewed within the working day allowed is accepted by the window itself.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@TestProfile(WindowReviewTest.OfficersReview.class)
class WindowReviewTest {

    /** The window's officers have one working day to review a complete submission. */
    public static class OfficersReview implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("acceptance.intake.review-working-days", "1");
        }
    }

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";

    @Inject
    MutableClock clock;

    @Inject
    IntakeService intake;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_complete_submission_waits_for_the_officer_who_confirms_it_and_the_clock_starts_that_day() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        JsonPath submitted = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Reviewed"));
        String application = submitted.getString("id");
        assertThat(submitted.getString("status")).isEqualTo("AWAITING_REVIEW");
        assertThat(submitted.getString("reviewBy")).isEqualTo("2026-06-02");
        assertThat(submitted.getString("number")).as("no receipt before the window accepts it").isNull();
        assertThat(submitted.getList("sections.status", String.class)).containsOnly("AWAITING_INTAKE");
        assertThat(announced(kafka, application, "InspectionRequested")).as("no department asked yet").isEmpty();
        asCoordinator().get("/applications?status=AWAITING_REVIEW&size=200").then().statusCode(200)
                .body("find { it.id == '" + application + "' }.status", equalTo("AWAITING_REVIEW"))
                .body("find { it.id == '" + application + "' }.awaiting[0].party", equalTo("window"))
                .body("find { it.id == '" + application + "' }.awaiting[0].dueDate", equalTo("2026-06-02"));

        asFirm().post("/applications/{id}/review/confirmation", application).then().statusCode(403);

        clock.set(LocalDateTime.of(2026, 6, 2, 10, 0));
        asCoordinator().post("/applications/{id}/review/confirmation", application).then().statusCode(200)
                .body("status", equalTo("IN_INSPECTION"))
                .body("intakeOutcome", equalTo("ACCEPTED"))
                .body("intakeAcceptedOn", equalTo("2026-06-02"))
                // 16 working days from Tuesday 2 June, the Dragon Boat Festival (19 June) off
                .body("dueDate", equalTo("2026-06-25"))
                .body("reviewBy", nullValue());
        assertThat(announced(kafka, application, "InspectionRequested")).hasSize(5);
        assertThat(timeline(application)).extracting(entry -> entry.get("action")).containsSubsequence(
                "INTAKE_AWAITING_REVIEW", "INTAKE_REVIEWED", "INTAKE_ACCEPTED");
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "INTAKE_REVIEWED").containsEntry("actor", "coordinator:Liu Yang"));

        asCoordinator().header("Accept-Language", "zh-CN").post("/applications/{id}/review/confirmation", application)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-awaiting-review"))
                .body("detail", equalTo("该申请不在待形式审查状态"));
    }

    @Test
    void the_officer_returns_the_file_naming_what_is_wrong_and_the_firm_supplies_another_file() {
        JsonPath submitted = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Returned"));
        String application = submitted.getString("id");
        String drawings = "as-built-drawings";
        assertThat(submitted.getList("requiredMaterials.type", String.class)).contains(drawings);

        returnFile(application, Map.of("materials", List.of(Map.of("type", "not-a-material", "problem", "OTHER"))))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "material-not-supplied"));
        returnFile(application, Map.of("materials", List.of(Map.of("type", drawings, "problem", "UNSIGNED"),
                Map.of("type", drawings, "problem", "UNREADABLE")))).statusCode(400)
                .body("type", equalTo(PROBLEMS + "material-returned-twice"));
        returnFile(application, Map.of("materials", List.of())).statusCode(400);

        returnFile(application, Map.of("materials", List.of(Map.of("type", drawings, "problem", "UNSIGNED",
                "remark", "Sheets 3 to 5 are not stamped by the design institute")))).statusCode(200)
                .body("status", equalTo("CORRECTION_REQUIRED"))
                .body("intakeOutcome", equalTo("CORRECTION_REQUIRED"))
                .body("missingMaterials.type", equalTo(List.of(drawings)))
                .body("missingMaterials[0].problem", equalTo("UNSIGNED"))
                .body("missingMaterials[0].remark", equalTo("Sheets 3 to 5 are not stamped by the design institute"))
                .body("requiredMaterials.find { it.type == '" + drawings + "' }.state", equalTo("NOT_SUPPLIED"));
        JsonPath told = JsonPath.from(announced(kafka, application, "IntakeDecided").get(0));
        assertThat(told.getString("outcome")).isEqualTo("CORRECTION_REQUIRED");
        assertThat(told.getList("missingMaterials", String.class)).singleElement().asString()
                .contains(drawings, "UNSIGNED", "Sheets 3 to 5");

        // the returned file does not count: submitted again as it is, the window asks for the material
        asFirm().post("/applications/{id}/submission", application).then().statusCode(200)
                .body("status", equalTo("CORRECTION_REQUIRED"))
                .body("missingMaterials.type", equalTo(List.of(drawings)));
        asFirm().multiPart("file", "drawings-stamped.pdf", "%PDF-1.7\n% stamped on every sheet\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII), "application/pdf").multiPart("type", drawings)
                .post("/applications/{id}/materials", application).then().statusCode(201);
        asFirm().post("/applications/{id}/submission", application).then().statusCode(200)
                .body("status", equalTo("AWAITING_REVIEW"))
                .body("missingMaterials.size()", equalTo(0));
    }

    @Test
    void a_file_no_officer_reviews_in_time_is_accepted_by_the_window_and_the_record_says_so() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        String application = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Unreviewed"))
                .getString("id");

        clock.set(LocalDateTime.of(2026, 6, 2, 17, 0));
        intake.acceptUnreviewed();
        get(application).body("status", equalTo("AWAITING_REVIEW"));

        // Wednesday 3 June: the officer's working day (2 June) is past
        clock.set(LocalDateTime.of(2026, 6, 3, 9, 0));
        assertThat(intake.acceptUnreviewed()).isGreaterThanOrEqualTo(1);
        get(application).body("status", equalTo("IN_INSPECTION"))
                .body("intakeAcceptedOn", equalTo("2026-06-03"));
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "INTAKE_REVIEW_LAPSED").containsEntry("actor", "window")
                .containsEntry("day", "2026-06-02"));
        assertThat(intake.acceptUnreviewed()).as("accepted once").isZero();
    }

    private static ValidatableResponse returnFile(String application, Object body) {
        return asCoordinator().contentType(ContentType.JSON).body(body)
                .post("/applications/{id}/review/return", application).then();
    }

}
