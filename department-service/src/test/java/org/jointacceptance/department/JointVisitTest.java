package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.department.Workbench.as;
import static org.jointacceptance.department.Workbench.reading;

import java.time.Duration;
import java.time.LocalDate;
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
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The joint site visit as a department takes part in it: the lead center's proposal shows on the inspection (once,
 * however often it is delivered); the inspector asks for another working day with a reason, or confirms, and the
 * answer is announced; once fixed, the inspection's visit is set and the answer can no longer change.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class JointVisitTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";

    private final User zhaoMin = Workbench.inspector("Zhao Min");

    @Inject
    EventCodec codec;

    Workbench workbench;

    @BeforeEach
    void mondayTheTwentySecondOfSeptember2025() {
        MovableClock.moveTo(MovableClock.START);
        workbench = new Workbench(codec);
    }

    @Test
    void the_inspector_asks_for_another_slot_then_confirms_the_next_proposal_which_is_fixed_on_the_inspection() {
        Workbench.Request request = Workbench.request(Workbench.department());
        String inspection = workbench.file(request);
        confirm(inspection).statusCode(409).body("type", equalTo(PROBLEMS + "no-joint-visit-to-answer"));

        UUID first = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), eventId,
                    "JointVisitProposed", codec.encode(proposal(request, first, "2025-09-24", "09:30", null)));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reading().get("/inspections/{id}", inspection)
                .then().statusCode(200).body("jointVisit.id", equalTo(first.toString()))
                .body("jointVisit.date", equalTo("2025-09-24")).body("jointVisit.time", equalTo("09:30"))
                .body("jointVisit.meetingPoint", equalTo("Site office at the north gate"))
                .body("jointVisit.proposedBy", equalTo("张伟")).body("jointVisit.confirmed", nullValue()));

        otherSlot(inspection, "2025-09-27", "14:00", "The contractor is away").statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "not-a-working-day"));
        otherSlot(inspection, "2025-09-25", "14:00", " ").statusCode(400).contentType("application/problem+json");
        otherSlot(inspection, "2025-09-25", "14:00", "The sprinkler contractor is on site only on Thursday")
                .statusCode(200).body("jointVisit.confirmed", equalTo(false))
                .body("jointVisit.askedDate", equalTo("2025-09-25")).body("jointVisit.askedTime", equalTo("14:00"))
                .body("assignee", equalTo("Zhao Min"));
        JsonPath asked = Workbench.announced(request.application, "JointVisitAnswered").get(0);
        assertThat(asked.getString("visitId")).isEqualTo(first.toString());
        assertThat(asked.getBoolean("confirmed")).isFalse();
        assertThat(asked.getString("askedDate")).isEqualTo("2025-09-25");
        assertThat(asked.getString("reason")).isEqualTo("The sprinkler contractor is on site only on Thursday");
        assertThat(asked.getString("department")).isEqualTo(Workbench.department());

        UUID second = UUID.randomUUID();
        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), "JointVisitProposed",
                codec.encode(proposal(request, second, "2025-09-25", "14:00", "Fire asked for Thursday")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reading().get("/inspections/{id}", inspection)
                .then().statusCode(200).body("jointVisit.id", equalTo(second.toString()))
                .body("jointVisit.previousDate", equalTo("2025-09-24")).body("jointVisit.confirmed", nullValue()));
        confirm(inspection).statusCode(200).body("jointVisit.confirmed", equalTo(true));
        List<JsonPath> answers = Workbench.announced(request.application, "JointVisitAnswered");
        assertThat(answers).hasSize(2);
        assertThat(answers.get(1).getString("visitId")).isEqualTo(second.toString());
        assertThat(answers.get(1).getBoolean("confirmed")).isTrue();

        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), "JointVisitFixed",
                codec.encode(new JointVisitFixed(second, request.application, request.section, "Section 1",
                        "Haiwan Residences Phase II", new Applicant("91210200MA0QC8K63J", "Dalian Haiwan "
                                + "Construction Co., Ltd.", null, null, null), 1, LocalDate.of(2025, 9, 25),
                        "14:00", "Site office at the north gate", null, List.of(Workbench.department(), "fire"),
                        null, null)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reading().get("/inspections/{id}", inspection)
                .then().statusCode(200).body("jointVisit.fixedAt", notNullValue())
                .body("state", equalTo("SCHEDULED")));
        confirm(inspection).statusCode(409).body("type", equalTo(PROBLEMS + "joint-visit-fixed"));
        reading().get("/inspections/{id}/activity", inspection).then().statusCode(200)
                .body("findAll { it.action == 'JOINT_VISIT_PROPOSED' }.size()", equalTo(2))
                .body("findAll { it.action == 'JOINT_VISIT_OTHER_SLOT_ASKED' }.size()", equalTo(1))
                .body("findAll { it.action == 'JOINT_VISIT_CONFIRMED' }.size()", equalTo(1))
                .body("findAll { it.action == 'JOINT_VISIT_FIXED' }.size()", equalTo(1));
    }

    private static JointVisitProposed proposal(Workbench.Request request, UUID visit, String date, String time,
            String reason) {
        return new JointVisitProposed(visit, request.application, request.section, "Section 1",
                "Haiwan Residences Phase II", 1, LocalDate.parse(date), time, "Site office at the north gate",
                "88 Renmin Road", List.of(Workbench.department(), "fire"), reason,
                reason == null ? null : LocalDate.of(2025, 9, 24), reason == null ? null : "09:30", "zhang.wei",
                "张伟");
    }

    private ValidatableResponse confirm(String inspection) {
        return as(zhaoMin).post("/inspections/{id}/joint-visit/confirmation", inspection).then();
    }

    private ValidatableResponse otherSlot(String inspection, String date, String time, String reason) {
        return as(zhaoMin).contentType(ContentType.JSON).body(Map.of("date", date, "time", time, "reason", reason))
                .post("/inspections/{id}/joint-visit/other-slot", inspection).then();
    }
}
