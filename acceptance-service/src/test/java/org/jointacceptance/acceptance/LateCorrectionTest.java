package org.jointacceptance.acceptance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.acceptance.Actors.as;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;
import static org.jointacceptance.acceptance.Applications.announced;
import static org.jointacceptance.acceptance.Applications.applied;
import static org.jointacceptance.acceptance.Applications.firstSection;
import static org.jointacceptance.acceptance.Applications.get;
import static org.jointacceptance.acceptance.Applications.timeline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A department's correction that came after its round was decided waits for the lead center's leader: taken up, the
 * round's decision is withdrawn, and with it the opinion and the filing issued on it (their public verification says
 * so), and the round is decided again with the corrected result (here without waiting for a signature), the section
 * following the new decision to a new opinion; let stand, the decision stays as it was. Both on the record, neither
 * twice.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class LateCorrectionTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";
    private static final Finding GARAGE = new Finding("Garage sprinklers", "The basement garage's sprinklers were "
            + "never tested", true, "Test them and file the report");

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

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
    void the_leader_takes_up_a_late_failure_withdrawing_the_acceptance_its_opinion_and_filing_until_accepted_again() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        UUID application = applied("Late correction project");
        UUID section = firstSection(application);
        InspectionResultSubmitted fire = departments.send(application, section, "fire", 1, InspectionResult.PASSED,
                List.of());
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application).body("status", equalTo("ACCEPTED"))
                .body("filingNumber", notNullValue()));
        JsonPath accepted = get(application).extract().jsonPath();
        String opinion = accepted.getString("sections[0].opinion.number");
        String digest = accepted.getString("sections[0].opinion.digest");
        String filing = accepted.getString("filingNumber");

        departments.correct(fire, InspectionResult.FAILED, "The garage was left out of the test", GARAGE);
        JsonPath late = await().atMost(Duration.ofSeconds(10)).until(() -> lateCorrection(application),
                found -> found != null);
        assertThat(late.getString("department")).isEqualTo("fire");
        assertThat(late.getString("result")).isEqualTo("FAILED");
        assertThat(late.getString("standingDecision")).isEqualTo("ACCEPTED");
        assertThat(late.getString("correctionReason")).isEqualTo("The garage was left out of the test");
        assertThat(late.getList("findings.item", String.class)).containsExactly("Garage sprinklers");
        get(application).body("status", equalTo("ACCEPTED")).body("sections[0].opinion.number", equalTo(opinion));
        UUID correction = UUID.fromString(late.getString("id"));

        asCoordinator().contentType(ContentType.JSON).body(Map.of("reason", "Fire's test was incomplete"))
                .post("/applications/{id}/sections/{s}/late-corrections/{c}/reopening", application, section,
                        correction).then().statusCode(403);
        reopen(application, section, correction, " ").statusCode(400).contentType("application/problem+json");
        reopen(application, section, correction, "Fire's test left out the garage: the acceptance cannot stand")
                .statusCode(200)
                .body("status", equalTo("RECTIFICATION_REQUIRED"))
                .body("filingNumber", nullValue())
                .body("sections[0].status", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].round", equalTo(1))
                .body("sections[0].opinion", nullValue())
                .body("sections[0].rectifyBy", notNullValue())
                .body("sections[0].decisions.size()", equalTo(2))
                .body("sections[0].decisions[0].decision", equalTo("ACCEPTED"))
                .body("sections[0].decisions[0].withdrawnAt", notNullValue())
                .body("sections[0].decisions[1].decision", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].decisions[1].withdrawnAt", nullValue())
                .body("sections[0].decisions[1].findings[0].item", equalTo("Garage sprinklers"));
        assertThat(lateCorrection(application)).as("settled").isNull();
        reopen(application, section, correction, "Again").statusCode(409)
                .body("type", equalTo(PROBLEMS + "late-correction-settled"));

        given().get("/opinions/{number}/verification?digest={digest}", opinion, digest).then().statusCode(200)
                .body("digestMatches", equalTo(true)).body("withdrawnOn", equalTo("2026-06-01"));
        List<String> decided = announced(kafka, application, "SectionDecided");
        JsonPath redecided = JsonPath.from(decided.get(decided.size() - 1));
        assertThat(redecided.getString("decision")).isEqualTo("RECTIFICATION_REQUIRED");
        assertThat(redecided.getList("findings.item", String.class)).containsExactly("Garage sprinklers");
        assertThat(timeline(application)).extracting(entry -> entry.get("action"))
                .contains("RESULT_CORRECTED_AFTER_DECISION", "DECISION_REOPENED", "OPINION_WITHDRAWN",
                        "FILING_WITHDRAWN", "SECTION_RECTIFICATION_REQUIRED");

        asFirm().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("finding", 0,
                "answer", "The garage's sprinklers were tested on 3 June; report filed"))))
                .post("/applications/{id}/sections/{s}/rectification", application, section)
                .then().statusCode(200).body("sections[0].round", equalTo(2));
        departments.pass(application, section, 2, "fire");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application).body("status", equalTo("ACCEPTED"))
                .body("sections[0].opinion.number", not(equalTo(opinion)))
                .body("filingNumber", not(equalTo(filing))).body("filingNumber", notNullValue()));
    }

    @Test
    void the_leader_lets_the_decision_stand_and_the_correction_waits_no_more() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        UUID application = applied("Late correction let stand");
        UUID section = firstSection(application);
        InspectionResultSubmitted planning = departments.send(application, section, "planning", 1,
                InspectionResult.PASSED, List.of());
        departments.pass(application, section, 1, "quality", "fire", "land", "archives");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application).body("status", equalTo("ACCEPTED")));
        departments.correct(planning, InspectionResult.NOT_APPLICABLE, "The setback rule does not apply here");
        UUID correction = UUID.fromString(await().atMost(Duration.ofSeconds(10))
                .until(() -> lateCorrection(application), found -> found != null).getString("id"));

        as(Actors.LEAD_CENTER).contentType(ContentType.JSON).body(Map.of("reason", "Passed or not applicable, "
                + "the section is accepted all the same"))
                .post("/applications/{id}/sections/{s}/late-corrections/{c}/standing", application, section,
                        correction)
                .then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("sections[0].decisions.size()", equalTo(1));
        assertThat(lateCorrection(application)).isNull();
        reopen(application, section, correction, "Changed my mind").statusCode(409)
                .body("type", equalTo(PROBLEMS + "late-correction-settled"));
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "DECISION_STANDS").containsEntry("department", "planning")
                .containsEntry("actor", "lead-center:Gao Jian"));
    }

    private static ValidatableResponse reopen(UUID application, UUID section, UUID correction, String reason) {
        return as(Actors.LEAD_CENTER).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/applications/{id}/sections/{s}/late-corrections/{c}/reopening", application, section,
                        correction).then();
    }

    /** The application's late correction waiting in the lead's queue, as a supervisor reads it; null if none. */
    private static JsonPath lateCorrection(UUID application) {
        JsonPath queue = as(Actors.SUPERVISOR).get("/signatures/late-corrections").then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> found = queue.getList("findAll { it.applicationId == '" + application + "' }");
        return found.isEmpty() ? null : queue.setRootPath("find { it.applicationId == '" + application + "' }");
    }

}
