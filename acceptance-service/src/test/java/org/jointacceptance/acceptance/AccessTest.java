package org.jointacceptance.acceptance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.jointacceptance.acceptance.Actors.as;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.access.Role;
import org.jointacceptance.apitesting.AccessMatrix;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.problem.UploadedFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Who may do what in acceptance-service, and what a caller who may not is told. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class AccessTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";

    /** The rule of every operation; one the service has without a rule here fails the test. */
    static final AccessMatrix RULES = new AccessMatrix()
            .allow("POST /applications", Role.APPLICANT)
            .allow("GET /applications", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER)
            .allow("GET /applications/{id}", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER)
            .allow("PUT /applications/{id}", Role.APPLICANT)
            .allow("POST /applications/{id}/submission", Role.APPLICANT)
            .allow("POST /applications/{id}/sections/{sectionId}/rectification", Role.APPLICANT)
            .allow("GET /applications/{id}/timeline", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER)
            .allow("GET /applications/{id}/filing", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER)
            .allow("GET /applications/{id}/matrix", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER)
            .allow("POST /applications/{id}/materials", Role.APPLICANT)
            .allow("GET /applications/{id}/materials", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER, Role.INSPECTOR)
            .allow("GET /applications/{id}/materials/{sha256}", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER, Role.INSPECTOR)
            .allow("POST /applications/{id}/sections/{sectionId}/routing", Role.COORDINATOR)
            .allow("POST /applications/{id}/termination", Role.COORDINATOR)
            .allow("POST /applications/{id}/key-project", Role.COORDINATOR)
            .allow("POST /applications/{id}/review/confirmation", Role.COORDINATOR)
            .allow("POST /applications/{id}/review/return", Role.COORDINATOR)
            .allow("POST /applications/{id}/sections/{sectionId}/reopening", Role.COORDINATOR)
            .allow("POST /applications/{id}/sections/{sectionId}/joint-visit", Role.COORDINATOR)
            .allow("GET /signatures", Role.LEAD_CENTER, Role.COORDINATOR, Role.SUPERVISOR)
            .allow("POST /applications/{id}/sections/{sectionId}/signature", Role.LEAD_CENTER)
            .allow("POST /applications/{id}/sections/{sectionId}/signature/question", Role.LEAD_CENTER)
            .allow("GET /signatures/late-corrections", Role.LEAD_CENTER, Role.COORDINATOR, Role.SUPERVISOR)
            .allow("POST /applications/{id}/sections/{sectionId}/late-corrections/{correctionId}/reopening", Role.LEAD_CENTER)
            .allow("POST /applications/{id}/sections/{sectionId}/late-corrections/{correctionId}/standing", Role.LEAD_CENTER)
            .allow("POST /projects", Role.APPLICANT)
            .allow("GET /projects", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("GET /projects/{id}", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("GET /projects/{id}/versions", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("PUT /projects/{id}", Role.APPLICANT)
            .allow("POST /projects/{id}/sections", Role.APPLICANT)
            .allowAnyRole("GET /calendar")
            .allowAnyRole("GET /calendar/years/{year}")
            .allow("PUT /calendar/years/{year}", Role.COORDINATOR)
            .allow("POST /calendar/years/{year}/notice", Role.COORDINATOR)
            .allow("PUT /calendar/years/{year}/notice", Role.COORDINATOR)
            .allowAnyRole("GET /calendar/days/{date}")
            .allowAnyRole("GET /calendar/working-days")
            .allow("GET /statistics/departments", Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("GET /statistics/departments.csv", Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("GET /statistics/departments/months", Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("GET /statistics/backlog", Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("GET /statistics/stage", Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("GET /statistics/stage/applications", Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("GET /statistics/applications/{id}", Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("GET /escalations", Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR)
            .allow("GET /opinions/{number}", Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER)
            .allowEveryone("GET /opinions/{number}/verification")
            .allowEveryone("GET /status")
            .allow("GET /audit", Role.COORDINATOR, Role.SUPERVISOR);

    @TestHTTPResource("/")
    URI service;

    @TestFactory
    Stream<DynamicTest> every_role_on_every_operation() {
        return RULES.check(service, List.of(Actors.FIRM, Actors.FIRE_INSPECTOR, Actors.FIRE_LEAD, Actors.COORDINATOR,
                Actors.LEAD_CENTER, Actors.SUPERVISOR));
    }

    @Test
    void another_firms_application_is_answered_as_if_it_did_not_exist() {
        JsonPath draft = ApplicationRequests.prepare(ApplicationRequests.plainProject("Whole project"));
        String application = draft.getString("id");
        ApplicationRequests.upload(application, "as-built-drawings");

        for (String path : List.of("/applications/{id}", "/applications/{id}/timeline", "/applications/{id}/matrix",
                "/applications/{id}/materials")) {
            as(Actors.OTHER_FIRM).get(path, application).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "not-found"));
        }
        as(Actors.OTHER_FIRM).post("/applications/{id}/submission", application).then().statusCode(404);
        as(Actors.OTHER_FIRM).contentType(ContentType.JSON).body(ApplicationRequests.plainProject("Taken over"))
                .put("/applications/{id}", application).then().statusCode(404);
        as(Actors.OTHER_FIRM).multiPart("file", "drawings.pdf", ApplicationRequests.PDF, "application/pdf")
                .multiPart("type", "as-built-drawings").post("/applications/{id}/materials", application)
                .then().statusCode(404);
        as(Actors.OTHER_FIRM).get("/applications?size=200").then().statusCode(200)
                .body("id", not(hasItem(application)));

        asFirm().get("/applications/{id}", application).then().statusCode(200).body("status", equalTo("DRAFT"));
        asFirm().get("/applications?size=200").then().statusCode(200).body("id", hasItem(application))
                .body("applicantCreditCode", everyItem(equalTo(ApplicationRequests.HAIWAN_CREDIT_CODE)));
    }

    @Test
    void a_firm_applies_in_its_own_name_only() {
        Map<String, Object> request = new HashMap<>(ApplicationRequests.plainProject("Whole project"));
        @SuppressWarnings("unchecked")
        Map<String, Object> applicant = new HashMap<>((Map<String, Object>) request.get("applicant"));
        applicant.put("creditCode", "91210202MA0Y5T2X1U");
        request.put("applicant", applicant);

        asFirm().contentType(ContentType.JSON).body(request).post("/applications").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "not-your-firm"));
        as(Actors.OTHER_FIRM).contentType(ContentType.JSON).body(request).post("/applications").then().statusCode(201);
    }

    @Test
    void the_inspectors_of_a_routed_department_read_its_materials_and_no_others_do() {
        JsonPath accepted = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Whole project"));
        String application = accepted.getString("id");
        String sha256 = UploadedFiles.sha256(ApplicationRequests.PDF);

        as(Actors.FIRE_INSPECTOR).get("/applications/{id}/materials/{sha}", application, sha256).then()
                .statusCode(200);
        as(Actors.FIRE_LEAD).get("/applications/{id}/materials", application).then().statusCode(200)
                .body("sha256", hasItem(sha256));
        // a plain project has no civil air defense works: that department is not routed to it
        as(Actors.CIVIL_AIR_DEFENSE_INSPECTOR).get("/applications/{id}/materials/{sha}", application, sha256).then()
                .statusCode(404);
        as(Actors.FIRE_INSPECTOR).get("/applications/{id}", application).then().statusCode(403);
    }

    @Test
    void without_a_valid_token_the_answer_is_401_and_says_why() {
        given().get("/applications").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "unauthorized"));
        given().auth().oauth2(TestTokens.expired(Actors.COORDINATOR)).get("/applications").then().statusCode(401)
                .contentType("application/problem+json").body("detail", equalTo(
                        "The bearer token is invalid or expired, or another issuer signed it"));
        given().auth().oauth2(TestTokens.forged(Actors.COORDINATOR)).get("/applications").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get("/applications").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void refusals_and_coordinators_interventions_are_in_an_audit_log_that_no_one_edits() {
        as(Actors.SUPERVISOR).contentType(ContentType.JSON).body(Map.of("reason", "Curious"))
                .post("/applications/{id}/termination", java.util.UUID.randomUUID()).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "forbidden"));
        given().auth().oauth2(TestTokens.forged(Actors.COORDINATOR)).get("/audit").then().statusCode(401);

        String application = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Whole project"))
                .getString("id");
        asCoordinator().contentType(ContentType.JSON).body(Map.of("reason", "Withdrawn in writing"))
                .post("/applications/{id}/termination", application).then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath log = as(Actors.SUPERVISOR).get("/audit?limit=1000").then().statusCode(200).extract().jsonPath();
            assertThat(log.getList("findAll { it.action == 'ACCESS_REFUSED' }.detail", String.class))
                    .anyMatch(detail -> detail.startsWith("POST /applications/") && detail.endsWith("/termination"));
            assertThat(log.getList("findAll { it.action == 'ACCESS_REFUSED' }.actor", String.class))
                    .contains("Chen Jing (roles supervisor)");
            assertThat(log.getList("action", String.class)).contains("AUTHENTICATION_FAILED");
            assertThat(log.getList("findAll { it.action == 'TERMINATED' }.detail", String.class))
                    .contains("application " + application + ": Withdrawn in writing");
            assertThat(log.getList("findAll { it.action == 'TERMINATED' }.actor", String.class))
                    .contains("coordinator:Liu Yang");
        });
        asCoordinator().get("/audit?action=TERMINATED").then().statusCode(200)
                .body("action", everyItem(equalTo("TERMINATED"))).body("action", not(empty()));
        asCoordinator().contentType(ContentType.JSON).body("{}").put("/audit").then().statusCode(405);
        asCoordinator().delete("/audit").then().statusCode(405);
        as(Actors.FIRM).get("/audit").then().statusCode(403);
    }
}
