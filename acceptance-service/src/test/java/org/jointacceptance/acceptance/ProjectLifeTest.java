package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.acceptance.Actors.as;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;

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
import io.restassured.response.ValidatableResponse;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.department.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A project's whole life: registered once with three sections, applied for in two applications months apart, each
 * with its own clock; a section open or accepted is not applied for again; the overall filing comes with the last
 * section, lists every section with its opinion, and closes the list of sections.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class ProjectLifeTest {

    private static final String[] ALL = { "quality", "planning", "land", "fire", "archives" };
    private static final String TOWERS = "Section 1: towers 1# and 2#";
    private static final String TOWER_THREE = "Section 2: tower 3#";
    private static final String KINDERGARTEN = "Section 3: kindergarten";
    private static final String PROBLEMS = "https://jointacceptance.org/problems/";

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
    void three_sections_two_applications_months_apart_one_overall_filing_after_the_last() {
        String code = ApplicationRequests.projectCode();
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        String project = asFirm().contentType(ContentType.JSON).body(Map.of("firmName",
                "Dalian Haiwan Construction Co., Ltd.", "project", project(code),
                "sections", List.of(TOWERS, TOWER_THREE, KINDERGARTEN)))
                .post("/projects").then().statusCode(201)
                .body("sections.name", contains(TOWERS, TOWER_THREE, KINDERGARTEN))
                .body("sections.standing", contains("NOT_APPLIED", "NOT_APPLIED", "NOT_APPLIED"))
                .extract().path("id");

        JsonPath first = ApplicationRequests.applyWithEveryMaterial(forProject(code, TOWERS, TOWER_THREE));
        assertThat(first.getString("projectId")).isEqualTo(project);
        assertThat(first.getString("intakeAcceptedOn")).isEqualTo("2026-06-01");
        UUID firstApplication = UUID.fromString(first.getString("id"));
        accept(firstApplication, first.getString("sections[0].id"), first.getString("sections[1].id"));

        projectView(project).body("sections.standing", contains("ACCEPTED", "ACCEPTED", "NOT_APPLIED"))
                .body("sections[0].opinion", notNullValue()).body("sections[2].opinion", nullValue())
                .body("filing", nullValue()).body("applications", hasSize(1));
        Applications.get(firstApplication).body("status", equalTo("ACCEPTED")).body("filingNumber", nullValue());
        asCoordinator().get("/applications/{id}/filing", firstApplication).then().statusCode(404);
        refused(forProject(code, TOWERS), 409, "section-accepted");

        // the kindergarten is finished three months later: an application of its own, with its own clock
        clock.set(LocalDateTime.of(2026, 9, 14, 9, 0));
        String rival = ApplicationRequests.prepare(forProject(code, KINDERGARTEN)).getString("id");
        JsonPath second = ApplicationRequests.applyWithEveryMaterial(forProject(code, KINDERGARTEN));
        assertThat(second.getString("intakeAcceptedOn")).isEqualTo("2026-09-14");
        assertThat(second.getString("dueDate")).isNotEqualTo(first.getString("dueDate")).startsWith("2026-10");
        UUID secondApplication = UUID.fromString(second.getString("id"));
        projectView(project).body("sections.standing", contains("ACCEPTED", "ACCEPTED", "APPLIED"))
                .body("applications.id", contains(firstApplication.toString(), secondApplication.toString()));

        refused(forProject(code, KINDERGARTEN), 409, "section-applied-for");
        asFirm().post("/applications/{id}/submission", rival).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "section-applied-for"));

        accept(secondApplication, second.getString("sections[0].id"));
        String filing = await().atMost(Duration.ofSeconds(15)).until(() -> projectView(project).extract()
                .path("filing.number"), number -> number != null);
        projectView(project).body("sections.standing", contains("ACCEPTED", "ACCEPTED", "ACCEPTED"))
                .body("filing.overall", equalTo(true))
                .body("filing.sections.section", contains(TOWERS, TOWER_THREE, KINDERGARTEN))
                .body("filing.sections.application", contains(first.getString("number"), first.getString("number"),
                        second.getString("number")))
                .body("filing.sections[2].issuedOn", equalTo("2026-09-14"));
        List<String> opinions = projectView(project).extract().path("sections.opinion");
        asFirm().get("/applications/{id}/filing", secondApplication).then().statusCode(200)
                .body("number", equalTo(filing)).body("opinions", equalTo(opinions));
        Applications.get(firstApplication).body("filingNumber", equalTo(filing));
        assertThat(Applications.announced(kafka, secondApplication, "CompletionFilingIssued")).hasSize(1);
        assertThat(Applications.announced(kafka, firstApplication, "CompletionFilingIssued")).isEmpty();

        asFirm().contentType(ContentType.JSON).body(Map.of("name", "Section 4: car park"))
                .post("/projects/{id}/sections", project).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "project-filed"));
    }

    @Test
    void a_declared_section_holds_back_the_filing_until_it_is_accepted_too() {
        JsonPath applied = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject(TOWERS));
        String project = applied.getString("projectId");
        projectView(project).body("sections.name", contains(TOWERS));
        asFirm().contentType(ContentType.JSON).body(Map.of("name", KINDERGARTEN))
                .post("/projects/{id}/sections", project).then().statusCode(200)
                .body("sections.name", contains(TOWERS, KINDERGARTEN));
        asFirm().contentType(ContentType.JSON).body(Map.of("name", KINDERGARTEN))
                .post("/projects/{id}/sections", project).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "section-declared"));

        UUID application = UUID.fromString(applied.getString("id"));
        accept(application, applied.getString("sections[0].id"));
        Applications.get(application).body("status", equalTo("ACCEPTED")).body("filingNumber", nullValue());

        JsonPath rest = ApplicationRequests.applyWithEveryMaterial(forProject(
                applied.getString("project.code"), KINDERGARTEN));
        accept(UUID.fromString(rest.getString("id")), rest.getString("sections[0].id"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> projectView(project)
                .body("filing.sections.section", contains(TOWERS, KINDERGARTEN)));
    }

    @Test
    void a_project_belongs_to_the_firm_that_registered_it_and_its_changes_are_versions() {
        JsonPath applied = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject(TOWERS));
        String project = applied.getString("projectId");
        String code = applied.getString("project.code");

        as(Actors.OTHER_FIRM).contentType(ContentType.JSON)
                .body(ApplicationRequests.by(Actors.OTHER_FIRM, forProject(code, KINDERGARTEN)))
                .post("/applications").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "project-of-another-firm"));
        as(Actors.OTHER_FIRM).get("/projects/{id}", project).then().statusCode(404);
        as(Actors.OTHER_FIRM).get("/projects").then().statusCode(200).body("id", hasSize(0));
        asFirm().contentType(ContentType.JSON).body(Map.of("firmName", "Haiwan", "project", project(code),
                "sections", List.of(KINDERGARTEN))).post("/projects").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "project-registered"));

        Map<String, Object> taller = new HashMap<>(project(code));
        taller.put("floorsBelowGround", 3);
        asFirm().contentType(ContentType.JSON).body(Map.of("project", taller, "reason", "A third basement, as built"))
                .put("/projects/{id}", project).then().statusCode(200).body("version", equalTo(2))
                .body("attributes.floorsBelowGround", equalTo(3));
        asFirm().contentType(ContentType.JSON).body(Map.of("project", taller, "reason", "Nothing changed"))
                .put("/projects/{id}", project).then().statusCode(200).body("version", equalTo(2));
        Map<String, Object> recoded = new HashMap<>(taller);
        recoded.put("code", ApplicationRequests.projectCode());
        asFirm().contentType(ContentType.JSON).body(Map.of("project", recoded, "reason", "Another permit"))
                .put("/projects/{id}", project).then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "project-code-changed"));

        asCoordinator().get("/projects/{id}/versions", project).then().statusCode(200)
                .body("version", contains(1, 2)).body("occasion", contains("APPLIED", "CHANGED"))
                .body("changedBy", contains("applicant:" + ApplicationRequests.HAIWAN_CREDIT_CODE,
                        "applicant:" + ApplicationRequests.HAIWAN_CREDIT_CODE))
                .body("reason", contains("Registered with its first application", "A third basement, as built"))
                .body("attributes.floorsBelowGround", contains(2, 3));
        asCoordinator().get("/projects?code={code}", code).then().statusCode(200).body("id", contains(project));
        Applications.get(applied.getString("id")).body("project.floorsBelowGround", equalTo(2));
    }

    @Test
    void a_rejected_section_is_applied_for_again_and_then_no_longer_reopened_in_the_first_application() {
        JsonPath rejected = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject(TOWERS));
        UUID application = UUID.fromString(rejected.getString("id"));
        UUID section = UUID.fromString(rejected.getString("sections[0].id"));
        departments.pass(application, section, 1, "quality", "land", "fire", "archives");
        departments.fail(application, section, 1, "planning",
                new Finding("Height", "Tower 2# is 6 m higher than permitted", false, null));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> Applications.get(application)
                .body("sections[0].status", equalTo("REJECTED")));

        String code = rejected.getString("project.code");
        JsonPath again = ApplicationRequests.applyWithEveryMaterial(forProject(code, TOWERS));
        assertThat(again.getString("projectId")).isEqualTo(rejected.getString("projectId"));
        asCoordinator().contentType(ContentType.JSON).body(Map.of("reason", "The firm was flooded"))
                .post("/applications/{id}/sections/{s}/reopening", application, section).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "section-applied-for"));
        Applications.get(application).body("sections[0].status", equalTo("REJECTED"));
    }

    @Test
    void an_application_names_each_section_once() {
        refused(ApplicationRequests.plainProject(TOWERS, TOWERS), 400, "section-named-twice");
    }

    /** Every department passes each section; waits until each is accepted. */
    private void accept(UUID application, String... sections) {
        for (String section : sections) {
            departments.pass(application, UUID.fromString(section), 1, ALL);
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> Applications.get(application)
                .body("sections.status", everyItem(equalTo("ACCEPTED"))));
    }

    private static void refused(Map<String, Object> request, int status, String kind) {
        asFirm().contentType(ContentType.JSON).body(request).post("/applications").then().statusCode(status)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + kind));
    }

    private static ValidatableResponse projectView(String project) {
        return asFirm().get("/projects/{id}", project).then().statusCode(200);
    }

    /** The plain project's attributes, under {@code code}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> project(String code) {
        Map<String, Object> project = new HashMap<>((Map<String, Object>) ApplicationRequests.plainProject(TOWERS)
                .get("project"));
        project.put("code", code);
        return project;
    }

    /** An application of the plain project under {@code code}, for the sections named. */
    private static Map<String, Object> forProject(String code, String... sections) {
        Map<String, Object> request = new HashMap<>(ApplicationRequests.plainProject(sections));
        request.put("project", project(code));
        return request;
    }
}
