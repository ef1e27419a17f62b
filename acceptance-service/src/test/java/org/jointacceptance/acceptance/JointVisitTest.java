package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;
import static org.jointacceptance.acceptance.Applications.announced;
import static org.jointacceptance.acceptance.Applications.applied;
import static org.jointacceptance.acceptance.Applications.firstSection;
import static org.jointacceptance.acceptance.Applications.get;
import static org.jointacceptance.acceptance.Applications.timeline;

import java.time.Duration;
import java.time.LocalDate;
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
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.department.JointVisitAnswered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The joint site visit (集中验收): the coordinator proposes one visit of a section on a working day; each department
 * still to inspect confirms it or asks for another slot; it is fixed, and announced to the firm and the departments,
 * when all that still inspect have confirmed; moving a fixed visit needs a reason and is announced as a move.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class JointVisitTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";
    private static final List<String> ROUTED = List.of("quality", "planning", "land", "fire", "archives");

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
    void the_departments_confirm_one_visit_which_is_then_fixed_and_announced_and_moving_it_is_announced_too() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0)); // a Monday
        UUID application = applied("Joint visit project");
        UUID section = firstSection(application);

        propose(application, section, "2026-06-06", "09:30", "North gate", null).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "not-a-working-day"));
        propose(application, section, "2026-06-01", "08:00", "North gate", null).statusCode(422)
                .body("type", equalTo(PROBLEMS + "site-visit-in-the-past"));
        propose(application, section, "2026-06-03", "09:30", " ", null).statusCode(400)
                .contentType("application/problem+json");
        asFirm().contentType(ContentType.JSON).body(proposal("2026-06-03", "09:30", "North gate", null))
                .post("/applications/{id}/sections/{sectionId}/joint-visit", application, section)
                .then().statusCode(403);

        JsonPath first = propose(application, section, "2026-06-03", "09:30", "North gate", null).statusCode(200)
                .body("fixedAt", nullValue()).extract().jsonPath();
        assertThat(first.getList("answers.department", String.class)).containsExactlyInAnyOrderElementsOf(ROUTED);
        assertThat(first.getList("answers.state", String.class)).containsOnly("AWAITED");
        UUID firstVisit = UUID.fromString(first.getString("id"));
        JsonPath proposed = JsonPath.from(announced(kafka, application, "JointVisitProposed").get(0));
        assertThat(proposed.getString("date")).isEqualTo("2026-06-03");
        assertThat(proposed.getString("time")).isEqualTo("09:30");
        assertThat(proposed.getString("meetingPoint")).isEqualTo("North gate");
        assertThat(proposed.getList("departments", String.class)).containsExactlyInAnyOrderElementsOf(ROUTED);
        assertThat(propose(application, section, "2026-06-03", "09:30", "North gate", null).statusCode(200)
                .extract().path("id").toString()).as("the same slot again changes nothing").isEqualTo(firstVisit.toString());

        answer(firstVisit, application, section, "fire", false, "2026-06-04", "14:00",
                "The sprinkler contractor is on site only in the afternoon");
        for (String department : List.of("quality", "planning", "land", "archives")) {
            answer(firstVisit, application, section, department, true, null, null, null);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application)
                .body("sections[0].jointVisit.answers.find { it.department == 'archives' }.state", equalTo("CONFIRMED"))
                .body("sections[0].jointVisit.answers.find { it.department == 'fire' }.state", equalTo("OTHER_SLOT"))
                .body("sections[0].jointVisit.answers.find { it.department == 'fire' }.askedDate", equalTo("2026-06-04"))
                .body("sections[0].jointVisit.fixedAt", nullValue()));
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "JOINT_VISIT_OTHER_SLOT_ASKED").containsEntry("department", "fire")
                .containsEntry("day", "2026-06-04").containsEntry("subject", "14:00"));

        UUID secondVisit = UUID.fromString(propose(application, section, "2026-06-04", "14:00", "North gate", null)
                .statusCode(200).body("answers.state", equalTo(List.of("AWAITED", "AWAITED", "AWAITED", "AWAITED",
                        "AWAITED"))).extract().path("id"));
        assertThat(JsonPath.from(announced(kafka, application, "JointVisitProposed").get(1)).getString("previousDate"))
                .isEqualTo("2026-06-03");
        answer(firstVisit, application, section, "quality", true, null, null, null); // to the replaced proposal
        for (String department : List.of("quality", "planning", "land", "fire")) {
            answer(secondVisit, application, section, department, true, null, null, null);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application)
                .body("sections[0].jointVisit.answers.find { it.department == 'fire' }.state", equalTo("CONFIRMED")));
        assertThat(announced(kafka, application, "JointVisitFixed")).as("archives has not confirmed yet").isEmpty();

        departments.pass(application, section, 1, "archives"); // concluded on its documents: it does not come
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application)
                .body("sections[0].jointVisit.fixedAt", notNullValue()));
        JsonPath fixed = JsonPath.from(announced(kafka, application, "JointVisitFixed").get(0));
        assertThat(fixed.getString("visitId")).isEqualTo(secondVisit.toString());
        assertThat(fixed.getString("date")).isEqualTo("2026-06-04");
        assertThat(fixed.getList("departments", String.class))
                .containsExactlyInAnyOrder("quality", "planning", "land", "fire");
        assertThat(fixed.getString("applicant.name")).isNotBlank();
        assertThat(fixed.getString("previousDate")).isNull();
        assertThat(timeline(application)).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "JOINT_VISIT_FIXED").containsEntry("day", "2026-06-04"));

        propose(application, section, "2026-06-05", "09:00", "North gate", null).statusCode(422)
                .body("type", equalTo(PROBLEMS + "joint-visit-moved-without-reason"));
        UUID moved = UUID.fromString(propose(application, section, "2026-06-05", "09:00", "North gate",
                "Rain forecast on Thursday afternoon").statusCode(200).body("fixedAt", nullValue())
                .body("answers.department", equalTo(List.of("fire", "land", "planning", "quality")))
                .extract().path("id"));
        for (String department : List.of("quality", "planning", "land", "fire")) {
            answer(moved, application, section, department, true, null, null, null);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> announced(kafka, application, "JointVisitFixed").size() == 2);
        JsonPath movedFixed = JsonPath.from(announced(kafka, application, "JointVisitFixed").get(1));
        assertThat(movedFixed.getString("date")).isEqualTo("2026-06-05");
        assertThat(movedFixed.getString("previousDate")).isEqualTo("2026-06-04");
        assertThat(movedFixed.getString("previousTime")).isEqualTo("14:00");

        departments.pass(application, section, 1, "quality", "planning", "land", "fire");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get(application)
                .body("sections[0].status", equalTo("ACCEPTED")));
        propose(application, section, "2026-06-08", "09:00", "North gate", "Once more").statusCode(409)
                .body("type", equalTo(PROBLEMS + "joint-visit-nothing-to-inspect"));
    }

    private void answer(UUID visit, UUID application, UUID section, String department, boolean confirmed,
            String date, String time, String reason) {
        JointVisitAnswered answered = new JointVisitAnswered(visit, UUID.randomUUID(), application, section,
                department, 1, confirmed, date == null ? null : LocalDate.parse(date), time, reason,
                "inspector." + department, DepartmentResults.INSPECTORS.get(department));
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, application.toString(), "JointVisitAnswered",
                codec.encode(answered));
    }

    private static Map<String, String> proposal(String date, String time, String meetingPoint, String reason) {
        Map<String, String> proposal = new HashMap<>(Map.of("date", date, "time", time, "meetingPoint", meetingPoint));
        if (reason != null) {
            proposal.put("reason", reason);
        }
        return proposal;
    }

    private static ValidatableResponse propose(UUID application, UUID section, String date, String time,
            String meetingPoint, String reason) {
        return asCoordinator().contentType(ContentType.JSON).body(proposal(date, time, meetingPoint, reason))
                .post("/applications/{id}/sections/{sectionId}/joint-visit", application, section).then();
    }

}
