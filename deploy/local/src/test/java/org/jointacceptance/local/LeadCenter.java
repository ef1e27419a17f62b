package org.jointacceptance.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The lead center's hands, through acceptance-service's REST API: its window officer (a coordinator) confirms the
 * review of a complete submission; a coordinator proposes a section's joint site visit; its leader signs the
 * decisions the queue shows.
 */
final class LeadCenter {

    private final LocalStack stack;

    LeadCenter(LocalStack stack) {
        this.stack = stack;
    }

    /** The window officer finds the submitted file in order: the window accepts it today. */
    void confirmsReview(String application) {
        coordinator().post("/applications/{id}/review/confirmation", application)
                .then().statusCode(200).body("status", equalTo("IN_INSPECTION"));
    }

    /** A coordinator proposes the section's joint site visit: a working day (yyyy-MM-dd), a time, a meeting point. */
    void proposesJointVisit(String application, String section, String date, String time, String meetingPoint) {
        coordinator().contentType(ContentType.JSON)
                .body(Map.of("date", date, "time", time, "meetingPoint", meetingPoint))
                .post("/applications/{id}/sections/{sectionId}/joint-visit", application, section)
                .then().statusCode(200).body("date", equalTo(date)).body("time", equalTo(time));
    }

    /**
     * Waits until a decision of the application's sections is in the queue, then signs each of them as shown;
     * returns the decisions signed.
     */
    List<String> signs(String application) {
        List<Map<String, Object>> awaited = await().atMost(Duration.ofSeconds(60)).until(() -> leader()
                .get("/signatures").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("findAll { it.applicationId == '" + application + "' }"),
                found -> !found.isEmpty());
        for (Map<String, Object> decision : awaited) {
            leader().contentType(ContentType.JSON).body(Map.of("decision", decision.get("decision")))
                    .post("/applications/{id}/sections/{sectionId}/signature", application, decision.get("sectionId"))
                    .then().statusCode(200).body("id", equalTo(application));
        }
        return awaited.stream().map(decision -> (String) decision.get("decision")).toList();
    }

    private RequestSpecification coordinator() {
        return given().baseUri(stack.service("acceptance-service").baseUrl())
                .auth().oauth2(stack.token(SampleUsers.COORDINATOR));
    }

    private RequestSpecification leader() {
        return given().baseUri(stack.service("acceptance-service").baseUrl())
                .auth().oauth2(stack.token(SampleUsers.LEAD_CENTER));
    }
}
