package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.department.Workbench.as;
import static org.jointacceptance.department.Workbench.reading;
import static org.jointacceptance.department.Workbench.request;

import java.time.LocalDate;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A special procedure's time does not count: the clock stops while it is open and the due date moves out. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class SpecialProcedureTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";

    @Inject
    EventCodec codec;

    @AfterEach
    void backToTheStart() {
        MovableClock.moveTo(MovableClock.START);
    }

    @Test
    void a_special_procedure_pauses_the_clock_and_closing_it_resumes_it_with_the_due_date_moved_out() {
        MovableClock.moveTo(LocalDate.of(2025, 9, 29));
        Workbench.Request request = request("quality").due(LocalDate.of(2025, 10, 17));
        String inspection = new Workbench(codec).file(request);
        User liNa = Workbench.inspector("Li Na");

        String procedure = as(liNa).contentType(ContentType.JSON).body(Map.of("kind", "TESTING",
                "reason", "Concrete cores of the transfer floor must be tested by an accredited body",
                "expectedWorkingDays", 5))
                .post("/inspections/{id}/special-procedures", inspection)
                .then().statusCode(201).body("open", equalTo(true)).body("openedOn", equalTo("2025-09-29"))
                .body("expectedEnd", equalTo("2025-10-13")).extract().path("procedureId");
        as(liNa).contentType(ContentType.JSON).body(Map.of("kind", "HEARING", "reason", "Neighbours",
                "expectedWorkingDays", 3))
                .post("/inspections/{id}/special-procedures", inspection)
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "special-procedure-already-open"));
        assertThat(Workbench.inspection(inspection).getString("specialProcedure.kind")).isEqualTo("TESTING");
        Workbench.passTheRest(inspection, liNa);
        Workbench.submit(inspection, liNa).statusCode(409).body("type", equalTo(PROBLEMS + "special-procedure-open"));

        MovableClock.moveTo(LocalDate.of(2025, 10, 10));
        as(liNa).contentType(ContentType.JSON).body(Map.of("outcome", "Core strength C40 as designed"))
                .post("/inspections/{id}/special-procedures/{procedure}/close", inspection, procedure)
                .then().statusCode(200).body("open", equalTo(false)).body("closedOn", equalTo("2025-10-10"))
                .body("pausedWorkingDays", equalTo(3));
        as(liNa).contentType(ContentType.JSON).body(Map.of())
                .post("/inspections/{id}/special-procedures/{procedure}/close", inspection, procedure)
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "special-procedure-closed"));

        JsonPath view = Workbench.inspection(inspection);
        assertThat(view.getString("requestedDueDate")).isEqualTo("2025-10-17");
        assertThat(view.getString("dueDate")).as("three working days later: 20, 21, 22 October").isEqualTo("2025-10-22");
        assertThat(view.getInt("pausedWorkingDays")).isEqualTo(3);
        assertThat(view.getString("specialProcedure")).isNull();

        List<JsonPath> opened = Workbench.announced(request.application, "SpecialProcedureOpened");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).getString("kind")).isEqualTo("TESTING");
        assertThat(opened.get(0).getInt("expectedWorkingDays")).isEqualTo(5);
        assertThat(opened.get(0).getString("expectedEnd")).isEqualTo("2025-10-13");
        List<JsonPath> closed = Workbench.announced(request.application, "SpecialProcedureClosed");
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).getString("procedureId")).isEqualTo(procedure);
        assertThat(closed.get(0).getInt("pausedWorkingDays")).as("30 September, 9 and 10 October").isEqualTo(3);
        assertThat(closed.get(0).getString("dueDate")).as("the department's own due date, as it counted it")
                .isEqualTo("2025-10-22");

        Workbench.submit(inspection, liNa).statusCode(200).body("result", equalTo("PASSED"));
        assertThat(reading().get("/inspections/{id}/special-procedures", inspection).then().statusCode(200)
                .extract().jsonPath().getList("outcome", String.class)).containsExactly("Core strength C40 as designed");
    }
}
