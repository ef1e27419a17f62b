package org.jointacceptance.acceptance;

import static org.jointacceptance.acceptance.Actors.asCoordinator;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.outbox.Outboxes;

/** An application as the tests follow it through the API: applied for, read as a coordinator, and what it announced. */
final class Applications {

    private Applications() {
    }

    /** A plain project's application, every material supplied and accepted at the window. */
    static UUID applied(String projectName) {
        return UUID.fromString(ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProjectWith(
                Map.of("name", projectName))).getString("id"));
    }

    static UUID firstSection(UUID application) {
        return UUID.fromString(get(application).extract().path("sections[0].id"));
    }

    /** The application as a coordinator reads it. */
    static ValidatableResponse get(Object application) {
        return asCoordinator().get("/applications/{id}", application).then().statusCode(200);
    }

    /** The application's timeline, oldest first. */
    static List<Map<String, Object>> timeline(Object application) {
        return asCoordinator().get("/applications/{id}/timeline", application).then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    /** The payloads of the events of {@code type} acceptance-service announced about the application, oldest first. */
    static List<String> announced(KafkaTestClient kafka, Object application, String type) {
        return announced(kafka, record -> application.toString().equals(record.key())
                && type.equals(KafkaTestClient.header(record, "ce_type"))).stream().map(record -> record.value()).toList();
    }

    /**
     * The events acceptance-service announced that match, oldest first of each application: read once every event its
     * committed transactions wrote is on Kafka (its outbox has nothing left to publish).
     */
    static List<ConsumerRecord<String, String>> announced(KafkaTestClient kafka,
            Predicate<ConsumerRecord<String, String>> matching) {
        Outboxes.awaitEverythingPublished();
        return kafka.recordsSoFar(Topics.ACCEPTANCE_EVENTS, matching);
    }
}
