package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.acceptance.Applications.get;
import static org.jointacceptance.acceptance.Applications.timeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A department corrects a result it submitted: before the round's decision the correction is the result the decision
 * counts; after it, the decision stands and the lead center is told. Either way it is announced and on the timeline.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class ResultCorrectionTest {

    private static final Finding SMOKE_EXTRACTION = new Finding("Smoke extraction", "The atrium's smoke extraction "
            + "was not tested", true, "Test the smoke extraction and file the report");

    @Inject
    EventCodec codec;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();
    private DepartmentResults departments;

    @BeforeEach
    void departments() {
        departments = new DepartmentResults(kafka, codec);
    }

    @Test
    void a_failure_corrected_to_a_pass_before_the_decision_leaves_nothing_to_rectify() {
        JsonPath submitted = submit();
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));

        InspectionResultSubmitted failed = departments.fail(application, section, 1, "fire", SMOKE_EXTRACTION);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application)
                .body("sections[0].inspections.find { it.department == 'fire' }.state", equalTo("FAILED")));
        departments.correct(failed, InspectionResult.PASSED, "The test report was filed under another section");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application)
                .body("sections[0].inspections.find { it.department == 'fire' }.state", equalTo("PASSED")));
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application).body("status", equalTo("ACCEPTED"))
                .body("sections[0].decisions.size()", equalTo(1))
                .body("sections[0].decisions[0].decision", equalTo("ACCEPTED")));
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "RESULT_CORRECTED").containsEntry("department", "fire")
                .containsEntry("round", 1).containsEntry("subject", "PASSED")
                .containsEntry("reason", "The test report was filed under another section"));
        assertThat(corrections(application)).singleElement().satisfies(correction -> assertThat(correction)
                .containsEntry("department", "fire").containsEntry("result", "PASSED")
                .containsEntry("applied", true).extracting(fields -> fields.get("decision")).isNull());
    }

    @Test
    void a_correction_after_the_decision_leaves_it_standing_and_goes_to_the_lead_center() {
        JsonPath submitted = submit();
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        InspectionResultSubmitted passed = departments.send(application, section, "planning", 1,
                InspectionResult.PASSED, List.of());
        departments.pass(application, section, 1, "quality", "land", "fire", "archives");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> get(application).body("status", equalTo("ACCEPTED")));

        departments.correct(passed, InspectionResult.FAILED, "The height was measured from the wrong datum",
                new Finding("Height", "Tower 2# is 4 m higher than permitted", false, null));
        // a correction naming an inspection the section does not hold is refused like any result
        departments.correct(DepartmentResults.result(application, section, "land", 1, InspectionResult.PASSED,
                List.of()), InspectionResult.FAILED, "A correction of nothing the section holds");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(timeline(application))
                .anySatisfy(entry -> assertThat(entry).containsEntry("action", "RESULT_CORRECTED_AFTER_DECISION")
                        .containsEntry("department", "planning").containsEntry("subject", "FAILED")
                        .containsEntry("reason", "The height was measured from the wrong datum"))
                .anySatisfy(entry -> assertThat(entry).containsEntry("action", "RESULT_REFUSED")
                        .containsEntry("department", "land")));
        get(application).body("status", equalTo("ACCEPTED")).body("sections[0].decisions.size()", equalTo(1))
                .body("sections[0].inspections.find { it.department == 'planning' }.state", equalTo("PASSED"));
        assertThat(corrections(application)).singleElement().satisfies(correction -> assertThat(correction)
                .containsEntry("department", "planning").containsEntry("result", "FAILED")
                .containsEntry("applied", false).containsEntry("decision", "ACCEPTED"));
    }

    private List<Map<String, Object>> corrections(UUID application) {
        return Applications.announced(kafka, record -> application.toString().equals(record.key())
                && "ResultCorrected".equals(KafkaTestClient.header(record, "ce_type")))
                .stream().map(record -> JsonPath.from(record.value()).<String, Object>getMap("$")).toList();
    }

    private static JsonPath submit() {
        return ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Corrected project"));
    }

}
