package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.department.Workbench.as;
import static org.jointacceptance.department.Workbench.inspector;
import static org.jointacceptance.department.Workbench.reading;

import java.time.Duration;
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
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lead center's question about a submitted result, as the department sees it: the inspection shows it (once,
 * however often it is delivered) until its inspector answers it, standing by the result, which is announced; or
 * corrects the result, which answers it too.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class LeadQuestionTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";
    private static final String QUESTION = "Were the lifts' certificates seen on site, or only their copies?";

    private final User liNa = inspector("Li Na");

    @Inject
    EventCodec codec;

    Workbench workbench;

    @BeforeEach
    void workbench() {
        workbench = new Workbench(codec);
    }

    @Test
    void the_inspector_answers_the_lead_centers_question_and_the_answer_is_announced() {
        Workbench.Request request = Workbench.request(Workbench.department());
        String inspection = submitted(request);

        answer(inspection, "Seen on site").statusCode(409).body("type", equalTo(PROBLEMS + "no-question-to-answer"));
        String eventId = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), eventId,
                    "ResultQuestioned", codec.encode(question(request, inspection)));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reading().get("/inspections/{id}", inspection)
                .then().statusCode(200).body("leadQuestion", equalTo(QUESTION)).body("questionedBy", equalTo("高健")));
        reading().get("/inspections/{id}/activity", inspection).then().statusCode(200)
                .body("findAll { it.action == 'QUESTIONED' }.size()", equalTo(1))
                .body("find { it.action == 'QUESTIONED' }.actor", equalTo("lead-center:gao.jian"));

        answer(inspection, " ").statusCode(400).contentType("application/problem+json");
        answer(inspection, "The originals, in the machine room, on 22 September").statusCode(200)
                .body("leadQuestion", nullValue()).body("result", equalTo("PASSED"));
        JsonPath answered = Workbench.announced(request.application, "QuestionAnswered").get(0);
        assertThat(answered.getString("inspectionId")).isEqualTo(inspection);
        assertThat(answered.getString("sectionId")).isEqualTo(request.section.toString());
        assertThat(answered.getString("department")).isEqualTo(Workbench.department());
        assertThat(answered.getInt("round")).isEqualTo(1);
        assertThat(answered.getString("answer")).isEqualTo("The originals, in the machine room, on 22 September");
        assertThat(answered.getString("inspector")).isEqualTo("Li Na");
        answer(inspection, "Again").statusCode(409).body("type", equalTo(PROBLEMS + "no-question-to-answer"));
    }

    @Test
    void a_corrected_result_answers_the_question_too() {
        Workbench.Request request = Workbench.request(Workbench.department());
        String inspection = submitted(request);
        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), "ResultQuestioned",
                codec.encode(question(request, inspection)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reading().get("/inspections/{id}", inspection)
                .then().statusCode(200).body("leadQuestion", equalTo(QUESTION)));

        String item = Workbench.codes(inspection).get(0);
        as(liNa).contentType(ContentType.JSON).body(Map.of("reason", "Only copies were seen", "items",
                List.of(Map.of("code", item, "mark", "FAIL", "finding", Map.of("description",
                        "The original certificate was not shown", "severity", "MAJOR", "rectifiable", true,
                        "requiredAction", "Show the original")))))
                .post("/inspections/{id}/corrections", inspection).then().statusCode(200)
                .body("result", equalTo("FAILED")).body("leadQuestion", nullValue());
        assertThat(Workbench.announced(request.application, "QuestionAnswered")).isEmpty();
    }

    /** The department's inspection of the request, every item passed and the result submitted. */
    private String submitted(Workbench.Request request) {
        String inspection = workbench.file(request);
        Workbench.passTheRest(inspection, liNa);
        Workbench.submit(inspection, liNa).statusCode(200).body("result", equalTo("PASSED"));
        return inspection;
    }

    private static ResultQuestioned question(Workbench.Request request, String inspection) {
        return new ResultQuestioned(request.application, request.section, "Section 1", "Haiwan Residences Phase II",
                Workbench.department(), 1, UUID.fromString(inspection), QUESTION, "gao.jian", "高健");
    }

    private ValidatableResponse answer(String inspection, String text) {
        return as(liNa).contentType(ContentType.JSON).body(Map.of("answer", text))
                .post("/inspections/{id}/question-answer", inspection).then();
    }
}
