package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.department.Workbench.reading;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.KeyProjectMarked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The green channel as a department sees it: a key project's inspection takes the shorter due date acceptance-service
 * counted for it and comes first in the inbox, ahead of inspections due earlier; the event delivered again changes
 * nothing.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class KeyProjectTest {

    private static final String DISTRICT = "210213";

    @Inject
    EventCodec codec;

    @BeforeEach
    void startOfTheWorkingDay() {
        MovableClock.moveTo(MovableClock.START);
    }

    @Test
    void a_key_project_s_inspection_takes_its_shorter_due_date_and_comes_first_in_the_inbox() {
        Workbench.Request ordinary = Workbench.request("quality").district(DISTRICT).due(LocalDate.of(2025, 9, 26));
        Workbench.Request key = Workbench.request("quality").district(DISTRICT).due(LocalDate.of(2025, 9, 29));
        for (Workbench.Request request : List.of(ordinary, key)) {
            Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(),
                    "InspectionRequested", codec.encode(request.event()));
        }
        String ordinaryId = Workbench.awaitInspection(ordinary.application, 1);
        String keyId = Workbench.awaitInspection(key.application, 1);
        assertThat(inbox()).as("earliest due first").containsExactly(ordinaryId, keyId);

        KeyProjectMarked marked = new KeyProjectMarked(key.application, "Haiwan Residences Phase II",
                "A municipal key livelihood project", 10, LocalDate.of(2025, 10, 9),
                List.of(new KeyProjectMarked.InspectionDue(key.section, "quality", 1, LocalDate.of(2025, 9, 25)),
                        new KeyProjectMarked.InspectionDue(key.section, "fire", 1, LocalDate.of(2025, 9, 24))),
                "liu.yang", "Liu Yang");
        String eventId = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, key.application.toString(), eventId,
                    "KeyProjectMarked", codec.encode(marked));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reading().get("/inspections/{id}", keyId).then()
                .statusCode(200).body("keyProject", equalTo(true)).body("dueDate", equalTo("2025-09-25"))
                .body("requestedDueDate", equalTo("2025-09-25")));
        assertThat(inbox()).as("the key project first, though due later than the other").containsExactly(keyId,
                ordinaryId);
        reading().get("/inspections/{id}", ordinaryId).then().body("keyProject", equalTo(false))
                .body("dueDate", equalTo("2025-09-26"));
        reading().get("/inspections/{id}/activity", keyId).then().statusCode(200)
                .body("findAll { it.action == 'KEY_PROJECT' }.size()", equalTo(1))
                .body("find { it.action == 'KEY_PROJECT' }.detail", equalTo(
                        "A key project: A municipal key livelihood project; due 2025-09-29 -> 2025-09-25"));
    }

    private static List<String> inbox() {
        return reading().get("/inspections?district={district}", DISTRICT).then().statusCode(200).extract()
                .jsonPath().getList("id", String.class);
    }
}
