package org.jointacceptance.department;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.jointacceptance.department.Workbench.reading;

import java.time.Duration;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the lead coordinator takes this department off a section, or ends the application, its inspection stops. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class WithdrawalTest {

    @Inject
    EventCodec codec;

    @BeforeEach
    void startOfTheWorkingDay() {
        MovableClock.moveTo(MovableClock.START);
    }

    @Test
    void a_withdrawn_inspection_leaves_the_open_inbox_and_takes_no_more_marks() {
        Workbench.Request request = Workbench.request("quality");
        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), "InspectionRequested",
                codec.encode(request.event()));
        String id = Workbench.awaitInspection(request.application, 1);

        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), "RoutingChanged",
                codec.encode(new RoutingChanged(request.application, request.section, "Section 1", "quality", 1,
                        RoutingChanged.Change.WITHDRAWN, "Quality supervision accepted the section at intake",
                        "Liu Yang")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reading().get("/inspections/{id}", id).then()
                .statusCode(200).body("state", equalTo("WITHDRAWN")));
        reading().get("/inspections?applicationId={id}&state=PENDING", request.application).then().statusCode(200)
                .body("size()", equalTo(0));
        String code = Workbench.codes(id).get(0);
        Workbench.mark(Workbench.inspector("Li Na"), id, code, Workbench.pass()).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/inspection-withdrawn"))
                .body("detail", startsWith("This inspection was withdrawn: Withdrawn by the lead coordinator"));
    }

    @Test
    void a_terminated_application_withdraws_its_open_inspections() {
        Workbench.Request request = Workbench.request("quality");
        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), "InspectionRequested",
                codec.encode(request.event()));
        String id = Workbench.awaitInspection(request.application, 1);

        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, request.application.toString(), "ApplicationTerminated",
                codec.encode(new ApplicationTerminated(request.application, "Haiwan Residences Phase II",
                        new Applicant("91210200MA0QC8K63J", "Dalian Haiwan Construction Co., Ltd.", null, null, null),
                        "The applicant withdrew in writing", "Liu Yang")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reading().get("/inspections/{id}", id).then()
                .statusCode(200).body("state", equalTo("WITHDRAWN")));
        Workbench.submit(id, Workbench.inspector("Li Na")).statusCode(409)
                .body("type", equalTo("https://jointacceptance.org/problems/inspection-withdrawn"));
    }
}
