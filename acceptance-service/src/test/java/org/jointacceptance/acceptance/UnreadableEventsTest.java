package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.acceptance.Actors.asCoordinator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.department.InspectionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A department event that cannot be read or stored goes to the dead-letter topic at once, with the reason, and the
 * events behind it are applied; an event of a type this service does not know is skipped, as a newer producer's
 * events are, and goes nowhere.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class UnreadableEventsTest {

    private static final String DEAD_LETTERS = Topics.DEPARTMENT_EVENTS + ".dead-letter";
    private static final String RESULT = "InspectionResultSubmitted";

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void each_unreadable_event_is_dead_lettered_with_its_reason_and_the_next_event_is_applied() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        JsonPath accepted = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Whole project"));
        UUID application = UUID.fromString(accepted.getString("id"));
        UUID section = UUID.fromString(accepted.getString("sections[0].id"));
        String key = application.toString();
        ObjectNode passed = (ObjectNode) json.readTree(codec.encode(DepartmentResults.result(application, section,
                "quality", 1, InspectionResult.PASSED, List.of())));

        String malformed = kafka.sendEvent(Topics.DEPARTMENT_EVENTS, key, RESULT, "{\"inspectionId\": \"c7d9e1f2-");
        String wronglyTyped = kafka.sendEvent(Topics.DEPARTMENT_EVENTS, key, RESULT,
                passed.deepCopy().put("round", "first").toString());
        String nullData = kafka.sendEvent(Topics.DEPARTMENT_EVENTS, key, RESULT, "null");
        String tooLongToStore = kafka.sendEvent(Topics.DEPARTMENT_EVENTS, key, RESULT,
                passed.deepCopy().put("inspectionId", UUID.randomUUID().toString()).put("department", "d".repeat(100))
                        .toString());
        String oversized = kafka.sendEvent(Topics.DEPARTMENT_EVENTS, key, RESULT, passed.deepCopy()
                .put("inspectionId", UUID.randomUUID().toString())
                .put("reason", "r".repeat(EventEnvelope.MAX_DATA_LENGTH)).toString());
        String unknownType = kafka.sendEvent(Topics.DEPARTMENT_EVENTS, key, "InspectionPostponed",
                passed.deepCopy().put("inspectionId", UUID.randomUUID().toString()).toString());
        String valid = kafka.sendEvent(Topics.DEPARTMENT_EVENTS, key, RESULT, passed.toString());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asCoordinator().get("/applications/{id}", application)
                .then().statusCode(200)
                .body("sections[0].inspections.find { it.department == 'quality' }.state", equalTo("PASSED")));
        Map<String, ConsumerRecord<String, String>> deadLetters = kafka.records(DEAD_LETTERS,
                record -> key.equals(record.key()), Duration.ofSeconds(2)).stream()
                .collect(Collectors.toMap(record -> KafkaTestClient.header(record, "ce_id"), record -> record));

        assertThat(deadLetters).containsOnlyKeys(malformed, wronglyTyped, nullData, tooLongToStore, oversized)
                .doesNotContainKeys(unknownType, valid);
        assertThat(reason(deadLetters.get(malformed))).contains("does not match its schema");
        assertThat(reason(deadLetters.get(wronglyTyped))).contains("does not match its schema").contains("first");
        assertThat(reason(deadLetters.get(nullData))).contains("null");
        assertThat(reason(deadLetters.get(tooLongToStore))).contains("value too long");
        assertThat(reason(deadLetters.get(oversized))).contains("characters of data");
        deadLetters.values().forEach(record -> assertThat(KafkaTestClient.header(record, "dead-letter-topic"))
                .isEqualTo(Topics.DEPARTMENT_EVENTS));
        assertThat(deadLetters.get(wronglyTyped).value()).as("the record as it was sent")
                .isEqualTo(passed.deepCopy().put("round", "first").toString());
    }

    private static String reason(ConsumerRecord<String, String> deadLetter) {
        return KafkaTestClient.header(deadLetter, "dead-letter-reason");
    }
}
