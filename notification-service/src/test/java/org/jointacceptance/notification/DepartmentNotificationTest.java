package org.jointacceptance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.notification.Users.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.OwedMaterialOverdue;
import org.jointacceptance.messaging.acceptance.RectificationSubmitted;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureKind;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every party learns what concerns it, once per event, in the in-app inbox: the departments of their inspections, of
 * a change of routing and of the end of the application; the applicant and the coordinators of every stop and restart
 * of the clock. Events of one application travel in order on their topic, so that once a later one is told, every
 * earlier one (and its redeliveries) has been applied. Everyone here reads English.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
class DepartmentNotificationTest {

    private static final Applicant HAIWAN = new Applicant("91210200MA0QC8K63J", "Dalian Haiwan Construction Co., Ltd.",
            "Wang Li", "+86 411 8888 0000", "wang.li@haiwan.example");
    private static final String APPLICANT = "applicant:" + HAIWAN.creditCode();
    private static final String PROJECT = "Haiwan Residences Phase II";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    EventCodec codec;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @BeforeEach
    void everyoneReadsEnglish() {
        for (String recipient : List.of(APPLICANT, "coordinator", "department:fire", "department:meteorology",
                "department:planning")) {
            as(recipient).contentType(ContentType.JSON).body(Map.of("language", "en"))
                    .put("/preferences/language").then().statusCode(200);
        }
    }

    @Test
    void a_department_is_told_of_its_inspection_once_however_often_the_request_arrives_and_of_the_end_of_its_work() {
        UUID application = accepted();
        UUID section = UUID.randomUUID();
        String requestId = UUID.randomUUID().toString();
        String request = codec.encode(request(application, section, "fire"));
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), requestId, "InspectionRequested", request);
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), requestId, "InspectionRequested", request);
        send(application, request(application, section, "meteorology"));
        send(application, new RoutingChanged(application, section, "Section 1", "meteorology", 1,
                RoutingChanged.Change.WITHDRAWN, "Below the height that needs lightning protection", "Chen Jing"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(subjects("department:meteorology", application))
                .containsExactlyInAnyOrder(
                        "Department withdrawn: Meteorology (lightning protection), 'Section 1' of " + PROJECT,
                        "Inspection requested, round 1: 'Section 1' of " + PROJECT));
        assertThat(subjects("department:fire", application)).as("one notice, though the request came twice")
                .containsExactly("Inspection requested, round 1: 'Section 1' of " + PROJECT);
        assertThat(subjects(APPLICANT, application))
                .contains("Department withdrawn: Meteorology (lightning protection), 'Section 1' of " + PROJECT);

        send(application, new ApplicationTerminated(application, PROJECT, HAIWAN,
                "The applicant withdrew the application in writing", "Chen Jing"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(subjects(APPLICANT, application))
                .contains("Application terminated: " + PROJECT));
        assertThat(subjects("department:fire", application)).as("the department still inspecting stops")
                .contains("Application terminated: " + PROJECT);
        assertThat(subjects("department:meteorology", application)).as("the withdrawn department stopped already")
                .doesNotContain("Application terminated: " + PROJECT);
        assertThat(subjects("coordinator", application)).as("the departments were known").isEmpty();
    }

    @Test
    void an_application_ended_before_any_department_was_asked_is_told_to_the_applicant_and_the_coordinators() {
        UUID application = accepted();
        send(application, new ApplicationTerminated(application, PROJECT, HAIWAN, "Duplicate application", null));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(subjects("coordinator", application))
                .containsExactly("Application terminated: " + PROJECT));
        assertThat(subjects(APPLICANT, application)).contains("Application terminated: " + PROJECT);
    }

    @Test
    void each_department_asked_to_inspect_again_learns_that_the_rectification_is_in() {
        UUID application = accepted();
        send(application, new RectificationSubmitted(application, UUID.randomUUID(), "Section 1", 2,
                List.of("fire", "planning")));

        for (String department : List.of("department:fire", "department:planning")) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(subjects(department, application)).containsExactly(
                    "Rectification submitted, re-inspect in round 2: 'Section 1' of " + PROJECT));
        }
        assertThat(subjects("department:meteorology", application)).isEmpty();
    }

    @Test
    void the_department_the_lead_center_asks_about_its_result_is_told_the_question() {
        UUID application = accepted();
        send(application, new ResultQuestioned(application, UUID.randomUUID(), "Section 1", PROJECT, "fire", 1,
                UUID.randomUUID(), "Were the garage's sprinklers tested on site?", "gao.jian", "Gao Jian"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(subjects("department:fire", application))
                .containsExactly("The lead center asks: 'Section 1' of " + PROJECT + ", round 1, Fire protection"));
        assertThat(subjects("department:planning", application)).isEmpty();
        assertThat(subjects(APPLICANT, application)).as("a matter between the lead center and the department")
                .noneMatch(subject -> subject.startsWith("The lead center asks"));
    }

    @Test
    void the_departments_are_asked_to_a_joint_site_visit_and_the_firm_and_they_are_told_when_it_is_fixed() {
        UUID application = accepted();
        UUID visit = UUID.randomUUID();
        UUID section = UUID.randomUUID();
        send(application, new JointVisitProposed(visit, application, section, "Section 1", PROJECT, 1,
                LocalDate.of(2025, 10, 14), "09:30", "Site office at the north gate", null, List.of("fire", "planning"),
                null, null, null, "zhang.wei", "Zhang Wei"));
        for (String department : List.of("department:fire", "department:planning")) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(subjects(department, application)).containsExactly(
                    "Joint site visit proposed: 14 October 2025 09:30, 'Section 1' of " + PROJECT));
        }
        assertThat(subjects(APPLICANT, application)).as("the firm hears of the visit once it is fixed")
                .noneMatch(subject -> subject.startsWith("Joint site visit"));

        send(application, new JointVisitFixed(visit, application, section, "Section 1", PROJECT, HAIWAN, 1,
                LocalDate.of(2025, 10, 14), "09:30", "Site office at the north gate", null, List.of("fire", "planning"),
                null, null));
        for (String recipient : List.of(APPLICANT, "department:fire", "department:planning")) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(subjects(recipient, application))
                    .contains("Joint site visit fixed: 14 October 2025 09:30, 'Section 1' of " + PROJECT));
        }
        assertThat(subjects("department:meteorology", application)).isEmpty();
    }

    @Test
    void the_applicant_and_the_coordinators_learn_when_the_clock_stops_and_runs_again_and_cannot_switch_that_off() {
        UUID application = accepted();
        UUID procedure = UUID.randomUUID();
        UUID inspection = UUID.randomUUID();
        UUID section = UUID.randomUUID();
        send(application, new OwedMaterialOverdue(application, PROJECT, HAIWAN, "greening-survey",
                "Greening area survey", LocalDate.of(2025, 10, 10)));
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, application.toString(), "SpecialProcedureOpened",
                codec.encode(new SpecialProcedureOpened(procedure, inspection, application, section, "fire", 1,
                        SpecialProcedureKind.TESTING, "Smoke exhaust to be measured", LocalDate.of(2025, 10, 13), 5,
                        LocalDate.of(2025, 10, 20))));
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, application.toString(), "SpecialProcedureClosed",
                codec.encode(new SpecialProcedureClosed(procedure, inspection, application, section, "fire", 1,
                        SpecialProcedureKind.TESTING, LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 17), 4,
                        "Smoke exhaust meets the design")));

        List<String> told = List.of("Clock stopped, owed material overdue: Greening area survey, " + PROJECT,
                "Clock stopped for testing by Fire protection: " + PROJECT,
                "Clock runs again, testing by Fire protection closed: " + PROJECT);
        for (String recipient : List.of(APPLICANT, "coordinator")) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(subjects(recipient, application))
                    .containsAll(told));
        }
        for (String required : List.of("OwedMaterialOverdue", "SpecialProcedureOpened")) {
            as(APPLICANT).contentType(ContentType.JSON).body(Map.of("enabled", false))
                    .put("/preferences/notices/email/{type}", required).then()
                    .statusCode(409).body("type", equalTo("https://jointacceptance.org/problems/notice-required-by-law"));
        }
    }

    /** A new application of Haiwan, accepted; its intake is what lets the departments' events reach the applicant. */
    private UUID accepted() {
        UUID application = UUID.randomUUID();
        send(application, new IntakeDecided(application, "2102022024-0117", PROJECT, HAIWAN, IntakeOutcome.ACCEPTED,
                null, LocalDate.of(2025, 10, 24), List.of()));
        return application;
    }

    private static InspectionRequested request(UUID application, UUID section, String department) {
        return new InspectionRequested(application, section, "Section 1", department, 1, InspectionMode.ACCEPTANCE,
                "2102022024-0117", PROJECT, "88 Renmin Road", "210202", LocalDate.of(2025, 10, 14), List.of());
    }

    private void send(UUID application, Record event) {
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), EventCodec.typeOf(event), codec.encode(event));
    }

    /** The subjects of the recipient's notifications of the application. */
    private static List<String> subjects(String recipient, UUID application) {
        return as(recipient).get("/notifications?applicationId={id}", application).then()
                .statusCode(200).extract().jsonPath().getList("subject", String.class);
    }
}
