package org.jointacceptance.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The departments' side of a joint acceptance, through each department's REST API as its inspector uses it. */
final class Inspectors {

    /** The departments of the tour's project: lightning protection required, no civil air defense, ordinary fire. */
    static final List<String> REQUIRED = List.of("quality", "planning", "land", "fire", "meteorology", "archives");
    /** On fire's filing list whether or not the spot-check draw adds the full fire checklist. */
    static final String FIRE_TESTING_REPORT = "filing.testing-report";
    static final String FIRE_FINDING = "The testing report does not cover the basement garage";
    static final String FIRE_ACTION = "Have the garage's fire installations tested and file the report";

    private final LocalStack stack;

    Inspectors(LocalStack stack) {
        this.stack = stack;
    }

    /**
     * The department's open inspection of the application (waiting for its inspector, or its visit set), once it has
     * arrived.
     */
    String awaitInspection(String department, String application) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> inspector(department)
                .get("/inspections?applicationId={id}", application).then().statusCode(200).extract().jsonPath()
                .<String>getList("findAll { it.state == 'PENDING' || it.state == 'SCHEDULED' }.id").stream()
                .findFirst().orElse(null), id -> id != null);
    }

    /** Marks every checklist item passed, but {@code failing} (if any) failed with a rectifiable finding. */
    void markEveryItem(String department, String inspection, String failing) {
        markEveryItem(department, inspection, failing, true);
    }

    /** Marks every checklist item passed, but {@code failing} (if any) failed with its finding. */
    void markEveryItem(String department, String inspection, String failing, boolean rectifiable) {
        List<String> codes = inspector(department).get("/inspections/{id}/checklist", inspection)
                .then().statusCode(200).extract().jsonPath().getList("checklist.code", String.class);
        assertThat(codes).isNotEmpty();
        for (String code : codes) {
            Map<String, Object> marking = code.equals(failing)
                    ? Map.of("mark", "FAIL", "finding", Map.of("description", FIRE_FINDING,
                            "severity", "MAJOR", "rectifiable", rectifiable,
                            "requiredAction", FIRE_ACTION))
                    : Map.of("mark", "PASS");
            inspector(department).contentType(ContentType.JSON).body(marking)
                    .put("/inspections/{id}/checklist/{code}", inspection, code).then().statusCode(200);
        }
    }

    /**
     * Fire corrects its submitted result of the application: the testing report fails after all, with the finding
     * that it leaves out the garage.
     */
    void fireCorrectsToFailed(String application, String reason) {
        String inspection = inspector("fire").get("/inspections?applicationId={id}", application).then()
                .statusCode(200).extract().path("[0].id");
        inspector("fire").contentType(ContentType.JSON).body(Map.of("reason", reason, "items", List.of(Map.of(
                "code", FIRE_TESTING_REPORT, "mark", "FAIL", "finding", Map.of("description", FIRE_FINDING,
                        "severity", "MAJOR", "rectifiable", true, "requiredAction", FIRE_ACTION)))))
                .post("/inspections/{id}/corrections", inspection).then().statusCode(200)
                .body("result", equalTo("FAILED"));
    }

    /** The department's inspector confirms the joint site visit proposed for {@code date}, once it shows. */
    void confirmJointVisit(String department, String application, String date) {
        String inspection = awaitInspection(department, application);
        await().atMost(Duration.ofSeconds(60)).until(() -> date.equals(inspector(department)
                .get("/inspections/{id}", inspection).then().statusCode(200).extract().path("jointVisit.date")));
        inspector(department).post("/inspections/{id}/joint-visit/confirmation", inspection)
                .then().statusCode(200).body("jointVisit.confirmed", equalTo(true));
    }

    /** The result comes from the checklist; the inspector only submits it. */
    void submit(String department, String inspection, String expected) {
        inspector(department).contentType(ContentType.JSON).body(Map.of())
                .post("/inspections/{id}/result", inspection)
                .then().statusCode(200).body("state", equalTo("SUBMITTED")).body("result", equalTo(expected));
    }

    /** Every department inspects the application's pending round; fire fails it if {@code fireFails}. */
    void inspectAll(String application, boolean fireFails) {
        inspectAll(application, fireFails, true);
    }

    /**
     * Every department inspects the application's pending round; fire fails it if {@code fireFails}, with a finding
     * that can be rectified or not.
     */
    void inspectAll(String application, boolean fireFails, boolean rectifiable) {
        for (String department : REQUIRED) {
            String inspection = awaitInspection(department, application);
            boolean fails = fireFails && department.equals("fire");
            markEveryItem(department, inspection, fails ? FIRE_TESTING_REPORT : null, rectifiable);
            submit(department, inspection, fails ? "FAILED" : "PASSED");
        }
    }

    /** A department's own instance, as its inspector. */
    RequestSpecification inspector(String department) {
        return given().baseUri(departmentUrl(department))
                .auth().oauth2(stack.token(SampleUsers.inspector(department(department))));
    }

    String departmentUrl(String department) {
        return stack.department(department).orElseThrow().baseUrl();
    }

    static Department department(String code) {
        return Department.ALL.stream().filter(department -> department.code().equals(code)).findFirst().orElseThrow();
    }
}
