package org.jointacceptance.department;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.RectifiedFinding;
import org.jointacceptance.messaging.outbox.Outboxes;

/**
 * What the workbench tests do again and again, in the words of the workbench: acceptance-service asks for an
 * inspection, an inspector marks the checklist and submits, the department's announcements are read back. Everyone
 * calls with a bearer token of one of the sample users below.
 */
final class Workbench {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestInfrastructure();

    private final EventCodec codec;

    Workbench(EventCodec codec) {
        this.codec = codec;
    }

    /** An inspector of the department this test instance serves (its test profile chooses it). */
    static User inspector(String name) {
        return User.inspector(name, department());
    }

    /** A lead of the department this test instance serves: inspects and assigns. */
    static User lead(String name) {
        return User.lead(name, department());
    }

    /** The lead department's coordinator: reads every department's inspections, changes nothing here. */
    static User coordinator() {
        return User.coordinator("Liu Yang");
    }

    static User supervisor() {
        return User.supervisor("Wang Fang");
    }

    static User applicant() {
        return User.applicant("Dalian Haiwan Construction Co., Ltd.", "91210200MA0QC8K63J");
    }

    /** The department code of this test instance. */
    static String department() {
        return ConfigProvider.getConfig().getValue("department.code", String.class);
    }

    /** A request signed in as {@code user}. */
    static RequestSpecification as(User user) {
        return given().auth().oauth2(TestTokens.of(user));
    }

    /** A request of someone who reads the inbox and changes nothing: the coordinator. */
    static RequestSpecification reading() {
        return as(coordinator());
    }

    /** An inspection request as acceptance-service would send it, to adjust before filing. */
    static Request request(String department) {
        return new Request(department);
    }

    /** acceptance-service asks; returns the id of the inspection the department filed. */
    String file(Request request) {
        KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), "InspectionRequested",
                codec.encode(request.event()));
        return awaitInspection(request.application, request.round);
    }

    static String awaitInspection(UUID application, int round) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> inspections = reading().get("/inspections?applicationId={id}", application)
                    .then().statusCode(200).extract().jsonPath().getList("$");
            return inspections.stream().filter(inspection -> ((Integer) inspection.get("round")) == round)
                    .map(inspection -> (String) inspection.get("id")).findFirst().orElse(null);
        }, id -> id != null);
    }

    static JsonPath inspection(String id) {
        return reading().get("/inspections/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath checklist(String id) {
        return reading().get("/inspections/{id}/checklist", id).then().statusCode(200).extract().jsonPath();
    }

    static List<String> codes(String id) {
        return checklist(id).getList("checklist.code", String.class);
    }

    static io.restassured.response.ValidatableResponse mark(User inspector, String id, String code,
            Map<String, Object> marking) {
        return as(inspector).contentType(ContentType.JSON).body(marking)
                .put("/inspections/{id}/checklist/{code}", id, code).then();
    }

    /** Marks several items at once, each marking under its item's code. */
    static io.restassured.response.ValidatableResponse markAll(User inspector, String id,
            Map<String, Map<String, Object>> markings) {
        return as(inspector).contentType(ContentType.JSON).body(Map.of("marks", markings))
                .patch("/inspections/{id}/checklist", id).then();
    }

    static Map<String, Object> pass() {
        return Map.of("mark", "PASS");
    }

    static Map<String, Object> fail(String description, List<String> evidence) {
        Map<String, Object> finding = new HashMap<>(Map.of("description", description, "severity", "MAJOR",
                "rectifiable", true, "requiredAction", "Put it right and send photos"));
        finding.put("evidence", evidence);
        return Map.of("mark", "FAIL", "finding", finding);
    }

    /** Marks every item not marked yet as passed. */
    static void passTheRest(String id, User inspector) {
        JsonPath checklist = checklist(id);
        List<String> codes = checklist.getList("checklist.code", String.class);
        List<String> marks = checklist.getList("checklist.mark", String.class);
        for (int i = 0; i < codes.size(); i++) {
            if (marks.get(i) == null) {
                mark(inspector, id, codes.get(i), pass()).statusCode(200);
            }
        }
    }

    static io.restassured.response.ValidatableResponse submit(String id, User inspector) {
        return as(inspector).contentType(ContentType.JSON).body(Map.of())
                .post("/inspections/{id}/result", id).then();
    }

    /**
     * What the department announced about the application, of one event type, oldest first: read once every event its
     * committed transactions wrote is on Kafka (its outbox has nothing left to publish).
     */
    static List<JsonPath> announced(UUID application, String type) {
        Outboxes.awaitEverythingPublished();
        List<JsonPath> payloads = new ArrayList<>();
        for (ConsumerRecord<String, String> record : KAFKA.recordsSoFar(Topics.DEPARTMENT_EVENTS,
                record -> application.toString().equals(record.key())
                        && type.equals(KafkaTestClient.header(record, "ce_type")))) {
            payloads.add(JsonPath.from(record.value()));
        }
        return payloads;
    }

    /** A request under construction. */
    static final class Request {

        final String department;
        UUID application = UUID.randomUUID();
        UUID section = UUID.randomUUID();
        int round = 1;
        InspectionMode mode = InspectionMode.ACCEPTANCE;
        String district = "210202";
        LocalDate dueDate = LocalDate.of(2025, 10, 17);
        List<RectifiedFinding> rectifiedFindings = List.of();
        List<InspectionRequested.Declaration> declared = List.of(
                new InspectionRequested.Declaration("Use", "residential"),
                new InspectionRequested.Declaration("Height (m)", "54.6"));
        List<InspectionRequested.Material> materials = List.of();

        private Request(String department) {
            this.department = department;
        }

        Request application(UUID id) {
            application = id;
            return this;
        }

        Request section(UUID id) {
            section = id;
            return this;
        }

        Request round(int number, List<RectifiedFinding> earlierFindings) {
            round = number;
            rectifiedFindings = earlierFindings;
            return this;
        }

        Request filing() {
            mode = InspectionMode.FILING;
            return this;
        }

        Request district(String code) {
            district = code;
            return this;
        }

        Request due(LocalDate date) {
            dueDate = date;
            return this;
        }

        Request materials(List<InspectionRequested.Material> files) {
            materials = files;
            return this;
        }

        InspectionRequested event() {
            return new InspectionRequested(application, section, "Section 1: towers 1# and 2#", department, round,
                    mode, "2102022024-0117", "Haiwan Residences Phase II",
                    "88 Renmin Road, Zhongshan District, Dalian", district, dueDate, rectifiedFindings, declared,
                    materials);
        }
    }
}
