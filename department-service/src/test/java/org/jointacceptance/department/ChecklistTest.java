package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.jointacceptance.department.Workbench.as;
import static org.jointacceptance.department.Workbench.fail;
import static org.jointacceptance.department.Workbench.inspector;
import static org.jointacceptance.department.Workbench.mark;
import static org.jointacceptance.department.Workbench.pass;
import static org.jointacceptance.department.Workbench.reading;
import static org.jointacceptance.department.Workbench.request;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checklist decides the result: every item marked, a failed item becomes a finding, nothing typed by hand. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class ChecklistTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";
    /** The beginning of a JPEG file, enough for a photo in a test. */
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    private final User liNa = inspector("Li Na");

    @Inject
    EventCodec codec;

    Workbench workbench;

    @BeforeEach
    void startOfTheWorkingDay() {
        MovableClock.moveTo(MovableClock.START);
        workbench = new Workbench(codec);
    }

    @Test
    void a_full_checklist_run_with_every_item_passed_or_not_applicable_ends_in_passed() {
        Workbench.Request request = request("quality");
        String inspection = workbench.file(request);
        JsonPath checklist = Workbench.checklist(inspection);
        assertThat(checklist.getList("checklist.topic", String.class)).contains(
                "Completion acceptance by the construction unit", "Structural safety");
        assertThat(checklist.getList("checklist.topicZh", String.class)).contains("竣工验收程序", "结构安全");
        assertThat(checklist.getString("checklist.find { it.code == 'special.gas' }.titleZh")).isEqualTo("燃气工程验收合格");
        assertThat(checklist.getString("checklist.find { it.code == 'special.gas' }.guidanceZh"))
                .isEqualTo("有燃气供应的，经燃气企业验收合格");
        String keyItem = checklist.getString("checklist.find { it.key }.code");
        String gasItem = "special.gas";

        mark(liNa, inspection, keyItem, Map.of("mark", "NOT_APPLICABLE")).statusCode(400)
                .body("type", equalTo(PROBLEMS + "key-item-not-applicable-without-note"));
        mark(liNa, inspection, gasItem, Map.of("mark", "NOT_APPLICABLE",
                "note", "No gas supply: the towers cook and heat electrically")).statusCode(200);
        Workbench.passTheRest(inspection, liNa);
        assertThat(Workbench.checklist(inspection).getString("verdict")).isEqualTo("PASSED");

        Workbench.submit(inspection, liNa).statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("result", equalTo("PASSED")).body("findings.size()", equalTo(0));

        List<JsonPath> published = Workbench.announced(request.application, "InspectionResultSubmitted");
        assertThat(published).hasSize(1);
        assertThat(published.get(0).getString("result")).isEqualTo("PASSED");
        assertThat(published.get(0).getString("inspector")).isEqualTo("Li Na");
        assertThat(published.get(0).getString("inspectorName")).isEqualTo("Li Na");
        assertThat(published.get(0).getString("inspectedOn")).isEqualTo("2025-09-22");
        assertThat(published.get(0).getString("resultId")).isEqualTo(Workbench.inspection(inspection).getString("resultId"));
        assertThat(published.get(0).getString("corrects")).isNull();
    }

    @Test
    void a_failed_item_becomes_a_finding_with_severity_required_action_and_evidence_and_fails_the_inspection() {
        Workbench.Request request = request("quality");
        String inspection = workbench.file(request);
        String photo = as(liNa).multiPart("file", "crack-axis-7.jpg", PHOTO, "image/jpeg")
                .post("/inspections/{id}/evidence", inspection).then().statusCode(201)
                .body("name", equalTo("crack-axis-7.jpg")).extract().path("sha256");

        mark(liNa, inspection, "structure.defects", fail("Crack of 0.4 mm in the transfer beam at axis 7",
                List.of(photo))).statusCode(200);
        Workbench.passTheRest(inspection, liNa);
        Workbench.submit(inspection, liNa).statusCode(200).body("result", equalTo("FAILED"));

        JsonPath result = Workbench.announced(request.application, "InspectionResultSubmitted").get(0);
        assertThat(result.getString("result")).isEqualTo("FAILED");
        assertThat(result.getList("findings")).hasSize(1);
        assertThat(result.getString("findings[0].item")).isEqualTo("No visible structural defects");
        assertThat(result.getString("findings[0].itemZh")).isEqualTo("无可见结构缺陷");
        assertThat(result.getString("findings[0].description")).isEqualTo("Crack of 0.4 mm in the transfer beam at axis 7");
        assertThat(result.getString("findings[0].severity")).isEqualTo("MAJOR");
        assertThat(result.getBoolean("findings[0].rectifiable")).isTrue();
        assertThat(result.getString("findings[0].requiredAction")).isEqualTo("Put it right and send photos");
        assertThat(result.getString("findings[0].evidence[0].sha256")).isEqualTo(photo);
        assertThat(result.getString("findings[0].evidence[0].name")).isEqualTo("crack-axis-7.jpg");

        byte[] downloaded = reading().get("/inspections/{id}/evidence/{sha}", inspection, photo).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertThat(downloaded).isEqualTo(PHOTO);
    }

    @Test
    void a_result_cannot_be_submitted_while_items_are_unmarked() {
        String inspection = workbench.file(request("quality"));
        List<String> codes = Workbench.codes(inspection);
        mark(liNa, inspection, codes.get(0), pass()).statusCode(200);

        Workbench.submit(inspection, liNa).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "checklist-incomplete"))
                .body("errors.field", hasItems("checklist." + codes.get(1), "checklist." + codes.get(codes.size() - 1)));
        assertThat(Workbench.inspection(inspection).getString("state")).isEqualTo("PENDING");
        assertThat(Workbench.checklist(inspection).getString("verdict")).isNull();
        assertThat(Workbench.checklist(inspection).getInt("unmarked")).isEqualTo(codes.size() - 1);
    }

    @Test
    void a_failed_item_needs_its_finding_a_finding_needs_a_failed_item_and_evidence_must_be_uploaded_first() {
        String inspection = workbench.file(request("quality"));
        String item = Workbench.codes(inspection).get(0);

        mark(liNa, inspection, item, Map.of("mark", "FAIL")).statusCode(400)
                .body("type", equalTo(PROBLEMS + "failed-item-without-finding"));
        Map<String, Object> passWithFinding = new HashMap<>(fail("Something", List.of()));
        passWithFinding.put("mark", "PASS");
        mark(liNa, inspection, item, passWithFinding).statusCode(400).body("type", equalTo(PROBLEMS + "finding-without-failure"));
        mark(liNa, inspection, item, Map.of("mark", "FAIL", "finding", Map.of("description",
                "Report unsigned", "severity", "MINOR", "rectifiable", true))).statusCode(400)
                .body("type", equalTo(PROBLEMS + "rectifiable-finding-without-action"));
        mark(liNa, inspection, item, fail("Report unsigned", List.of("a".repeat(64)))).statusCode(422)
                .body("type", equalTo(PROBLEMS + "unknown-evidence"));
        mark(liNa, inspection, item, Map.of("mark", "MAYBE")).statusCode(400)
                .contentType("application/problem+json");
        mark(liNa, inspection, "no.such-item", pass()).statusCode(404).contentType("application/problem+json");
        mark(liNa, inspection, item, Map.of("note", "Seen")).statusCode(400).body("errors.field", equalTo(List.of("mark")));
        assertThat(Workbench.checklist(inspection).getInt("unmarked")).isEqualTo(Workbench.codes(inspection).size());
    }

    @Test
    void a_phone_sends_the_marks_it_kept_without_signal_at_once_and_they_count_as_marked_one_by_one() {
        Workbench.Request request = request("quality");
        String inspection = workbench.file(request);
        List<String> codes = Workbench.codes(inspection);
        Map<String, Map<String, Object>> kept = new LinkedHashMap<>();
        kept.put("special.gas", Map.of("mark", "NOT_APPLICABLE", "note", "No gas supply"));
        kept.put("structure.defects", fail("Crack of 0.4 mm in the transfer beam at axis 7", List.of()));
        codes.stream().filter(code -> !kept.containsKey(code)).forEach(code -> kept.put(code, pass()));

        Workbench.markAll(liNa, inspection, kept).statusCode(200)
                .body("unmarked", equalTo(0)).body("verdict", equalTo("FAILED"))
                .body("checklist.find { it.code == 'special.gas' }.note", equalTo("No gas supply"))
                .body("checklist.find { it.code == 'structure.defects' }.finding.description",
                        equalTo("Crack of 0.4 mm in the transfer beam at axis 7"))
                .body("checklist.markedBy", everyItem(equalTo("Li Na")));
        JsonPath activity = reading().get("/inspections/{id}/activity", inspection).then().statusCode(200)
                .extract().jsonPath();
        assertThat(activity.getList("findAll { it.action == 'ITEM_MARKED' }")).hasSize(codes.size());

        Workbench.markAll(liNa, inspection, Map.of("structure.defects", pass())).statusCode(200)
                .body("verdict", equalTo("PASSED"));
        Workbench.submit(inspection, liNa).statusCode(200).body("result", equalTo("PASSED"));
        Workbench.markAll(liNa, inspection, Map.of("structure.defects", pass())).statusCode(409)
                .body("type", equalTo(PROBLEMS + "result-already-submitted"));
    }

    @Test
    void marks_sent_at_once_land_all_or_none_and_the_refusal_names_the_item() {
        String inspection = workbench.file(request("quality"));
        List<String> codes = Workbench.codes(inspection);
        Map<String, Map<String, Object>> kept = new LinkedHashMap<>();
        kept.put(codes.get(0), pass());
        kept.put(codes.get(1), Map.of("mark", "FAIL"));
        kept.put(codes.get(2), pass());

        Workbench.markAll(liNa, inspection, kept).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "failed-item-without-finding"))
                .body("detail", containsString(codes.get(1)));
        kept.put(codes.get(1), pass());
        kept.put("no.such-item", pass());
        Workbench.markAll(liNa, inspection, kept).statusCode(404).contentType("application/problem+json");
        Workbench.markAll(liNa, inspection, Map.of()).statusCode(400).contentType("application/problem+json");
        assertThat(Workbench.checklist(inspection).getInt("unmarked")).isEqualTo(codes.size());
        assertThat(reading().get("/inspections/{id}/activity", inspection).then().statusCode(200).extract()
                .jsonPath().getList("action", String.class)).doesNotContain("ITEM_MARKED");
    }

    @Test
    void a_caller_that_does_not_read_the_answer_prefers_none_and_its_marks_count_the_same() {
        String inspection = workbench.file(request("quality"));
        List<String> codes = Workbench.codes(inspection);

        as(liNa).header("Prefer", "return=minimal").contentType(ContentType.JSON).body(pass())
                .put("/inspections/{id}/checklist/{code}", inspection, codes.get(0)).then().statusCode(204)
                .header("Preference-Applied", "return=minimal").body(equalTo(""));
        assertThat(Workbench.checklist(inspection).getString("checklist.find { it.code == '%s' }.mark"
                .formatted(codes.get(0)))).isEqualTo("PASS");

        Map<String, Map<String, Object>> rest = new LinkedHashMap<>();
        codes.subList(1, codes.size()).forEach(code -> rest.put(code, pass()));
        rest.put(codes.get(1), Map.of("mark", "FAIL"));
        as(liNa).header("Prefer", "handling=lenient, return=minimal").contentType(ContentType.JSON)
                .body(Map.of("marks", rest)).patch("/inspections/{id}/checklist", inspection).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "failed-item-without-finding"));
        as(liNa).header("Prefer", "return=minimal").contentType(ContentType.JSON).body(pass())
                .put("/inspections/{id}/checklist/{code}", inspection, "no.such-item").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(Workbench.checklist(inspection).getInt("unmarked")).isEqualTo(codes.size() - 1);

        rest.put(codes.get(1), pass());
        as(liNa).header("Prefer", "handling=lenient, return=minimal").contentType(ContentType.JSON)
                .body(Map.of("marks", rest)).patch("/inspections/{id}/checklist", inspection).then().statusCode(204)
                .header("Preference-Applied", "return=minimal");
        JsonPath checklist = Workbench.checklist(inspection);
        assertThat(checklist.getInt("unmarked")).isZero();
        assertThat(checklist.getString("verdict")).isEqualTo("PASSED");
        assertThat(checklist.getList("checklist.markedBy", String.class)).containsOnly("Li Na");
        assertThat(reading().get("/inspections/{id}/activity", inspection).then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.action == 'ITEM_MARKED' }")).hasSize(codes.size());
    }

    @Test
    void a_submitted_result_is_immutable_and_a_correction_is_a_new_result_linked_to_it_and_announced_as_such() {
        Workbench.Request request = request("quality");
        String inspection = workbench.file(request);
        mark(liNa, inspection, "special.elevators", fail("Lift 2 has no inspection certificate", List.of()))
                .statusCode(200);
        Workbench.passTheRest(inspection, liNa);
        Workbench.submit(inspection, liNa).statusCode(200).body("result", equalTo("FAILED"));
        String first = Workbench.inspection(inspection).getString("resultId");

        mark(liNa, inspection, "special.elevators", pass()).statusCode(409)
                .body("type", equalTo(PROBLEMS + "result-already-submitted"));
        Workbench.submit(inspection, liNa).statusCode(409).body("type", equalTo(PROBLEMS + "result-already-submitted"));
        correct(inspection, Map.of("code", "special.elevators", "mark", "FAIL", "finding", Map.of(
                "description", "Lift 2 has no inspection certificate", "severity", "MAJOR", "rectifiable", true,
                "requiredAction", "Put it right and send photos"))).statusCode(400)
                .body("type", equalTo(PROBLEMS + "correction-changes-nothing"));

        correct(inspection, Map.of("code", "special.elevators", "mark", "PASS",
                "note", "The certificate of lift 2 was in the machine room")).statusCode(200)
                .body("result", equalTo("PASSED")).body("state", equalTo("SUBMITTED"));

        JsonPath results = reading().get("/inspections/{id}/results", inspection).then().statusCode(200).extract().jsonPath();
        assertThat(results.getList("result", String.class)).containsExactly("FAILED", "PASSED");
        assertThat(results.getString("[0].resultId")).isEqualTo(first);
        assertThat(results.getString("[0].findings[0].description")).isEqualTo("Lift 2 has no inspection certificate");
        assertThat(results.getString("[1].corrects")).isEqualTo(first);
        List<JsonPath> published = Workbench.announced(request.application, "InspectionResultSubmitted");
        assertThat(published).hasSize(2);
        assertThat(published.get(1).getString("result")).isEqualTo("PASSED");
        assertThat(published.get(1).getString("corrects")).isEqualTo(first);
        assertThat(published.get(1).getString("correctionReason")).isEqualTo("Lift 2 was confused with lift 3");
        assertThat(published.get(1).getString("resultId")).isEqualTo(results.getString("[1].resultId"));
    }

    @Test
    void a_whole_inspection_may_be_not_applicable_but_only_with_a_reason() {
        Workbench.Request request = request("quality");
        String inspection = workbench.file(request);

        as(liNa).contentType(ContentType.JSON).body(Map.of("inspectedOn", "2025-09-22"))
                .post("/inspections/{id}/not-applicable", inspection)
                .then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
        as(liNa).contentType(ContentType.JSON).body(Map.of(
                "reason", "The section is a landscaped square with no building"))
                .post("/inspections/{id}/not-applicable", inspection)
                .then().statusCode(200).body("result", equalTo("NOT_APPLICABLE"));

        JsonPath published = Workbench.announced(request.application, "InspectionResultSubmitted").get(0);
        assertThat(published.getString("result")).isEqualTo("NOT_APPLICABLE");
        assertThat(published.getString("reason")).isEqualTo("The section is a landscaped square with no building");
        assertThat(published.getString("inspector")).isEqualTo("Li Na");
    }

    private io.restassured.response.ValidatableResponse correct(String inspection, Map<String, Object> item) {
        return as(liNa).contentType(ContentType.JSON).body(Map.of(
                "reason", "Lift 2 was confused with lift 3", "items", List.of(item)))
                .post("/inspections/{id}/corrections", inspection).then();
    }
}
