package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.department.Workbench.as;
import static org.jointacceptance.department.Workbench.inspector;
import static org.jointacceptance.department.Workbench.lead;
import static org.jointacceptance.department.Workbench.reading;
import static org.jointacceptance.department.Workbench.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quality supervision department's inbox: requests arrive from Kafka, a lead assigns, inspectors claim. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class InspectorWorkbenchTest {

    @Inject
    EventCodec codec;

    Workbench workbench;

    @BeforeEach
    void startOfTheWorkingDay() {
        MovableClock.moveTo(MovableClock.START);
        workbench = new Workbench(codec);
    }

    @Test
    void a_request_for_this_department_lands_in_its_inbox_once_with_its_checklist_and_others_do_not() {
        Workbench.Request forQuality = request("quality").due(LocalDate.of(2025, 10, 9));
        String eventId = UUID.randomUUID().toString();
        String key = forQuality.application.toString();
        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, key, eventId, "InspectionRequested", codec.encode(forQuality.event()));
        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, key, eventId, "InspectionRequested", codec.encode(forQuality.event()));
        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, key, "InspectionRequested",
                codec.encode(request("fire").application(forQuality.application).event()));
        String id = Workbench.awaitInspection(forQuality.application, 1);

        JsonPath inbox = reading().get("/inspections?applicationId={id}", forQuality.application).then().statusCode(200)
                .extract().jsonPath();
        assertThat(inbox.getList("id", String.class)).containsExactly(id);
        assertThat(inbox.getList("department", String.class)).containsExactly("quality");
        assertThat(inbox.getString("[0].state")).isEqualTo("PENDING");
        assertThat(inbox.getString("[0].dueDate")).isEqualTo("2025-10-09");
        assertThat(inbox.getInt("[0].workingDaysLeft")).as("23-26 Sep, Sunday 28 (make-up), 29, 30 Sep, 9 Oct").isEqualTo(8);
        assertThat(inbox.getList("[0].declared.name", String.class)).containsExactly("Use", "Height (m)");
        assertThat(inbox.getString("[0].checklistTemplates[0].template")).isEqualTo("quality");
        assertThat(inbox.getInt("[0].checklist.items")).isPositive();
        assertThat(inbox.getInt("[0].checklist.marked")).isZero();
    }

    @Test
    void each_inspection_on_an_inbox_page_shows_its_own_progress_site_visit_and_open_special_procedure() {
        String ganjingzi = "210211";
        LocalDate due = LocalDate.of(2025, 11, 20);
        String marked = workbench.file(request("quality").district(ganjingzi).due(due));
        String visited = workbench.file(request("quality").district(ganjingzi).due(due));
        String paused = workbench.file(request("quality").district(ganjingzi).due(due));
        User zhaoMin = inspector("Zhao Min");
        List<String> codes = Workbench.codes(marked);
        Workbench.mark(zhaoMin, marked, codes.get(0), Workbench.pass()).statusCode(200);
        Workbench.mark(zhaoMin, marked, codes.get(1), Workbench.fail("Handrail loose", List.of())).statusCode(200);
        as(zhaoMin).contentType(ContentType.JSON).body(Map.of("date", "2025-10-11", "time", "09:30"))
                .post("/inspections/{id}/site-visits", visited).then().statusCode(200);
        as(zhaoMin).contentType(ContentType.JSON).body(Map.of("kind", "TESTING",
                "reason", "Concrete cores of the transfer floor must be tested", "expectedWorkingDays", 5))
                .post("/inspections/{id}/special-procedures", paused).then().statusCode(201);

        JsonPath inbox = reading().get("/inspections?district=" + ganjingzi + "&dueFrom=" + due + "&dueTo=" + due)
                .then().statusCode(200).extract().jsonPath();
        assertThat(inbox.getList("id", String.class)).contains(marked, visited, paused);
        String of = "find { it.id == '%s' }.";
        assertThat(inbox.getInt(of.formatted(marked) + "checklist.items")).isEqualTo(codes.size());
        assertThat(inbox.getInt(of.formatted(marked) + "checklist.marked")).isEqualTo(2);
        assertThat(inbox.getInt(of.formatted(marked) + "checklist.failed")).isEqualTo(1);
        assertThat(inbox.getInt(of.formatted(visited) + "checklist.marked")).isZero();
        assertThat(inbox.getString(of.formatted(visited) + "siteVisit.date")).isEqualTo("2025-10-11");
        assertThat(inbox.getString(of.formatted(visited) + "specialProcedure")).isNull();
        assertThat(inbox.getString(of.formatted(paused) + "specialProcedure.kind")).isEqualTo("TESTING");
        assertThat(inbox.getString(of.formatted(paused) + "siteVisit")).isNull();
        assertThat(inbox.getString(of.formatted(marked) + "siteVisit")).isNull();
        assertThat(inbox.getString(of.formatted(marked) + "specialProcedure")).isNull();
    }

    @Test
    void the_inbox_filters_by_state_due_date_and_district_and_puts_the_most_urgent_first() {
        String changhai = "210224";
        String late = workbench.file(request("quality").district(changhai).due(LocalDate.of(2025, 10, 20)));
        String soon = workbench.file(request("quality").district(changhai).due(LocalDate.of(2025, 10, 9)));
        String middle = workbench.file(request("quality").district(changhai).due(LocalDate.of(2025, 10, 14)));
        String elsewhere = workbench.file(request("quality").district("210203").due(LocalDate.of(2025, 10, 9)));

        assertThat(inbox("district=" + changhai)).containsExactly(soon, middle, late);
        assertThat(inbox("district=" + changhai + "&dueTo=2025-10-14")).containsExactly(soon, middle);
        assertThat(inbox("district=" + changhai + "&dueFrom=2025-10-10&state=PENDING")).containsExactly(middle, late);
        assertThat(inbox("district=" + changhai + "&state=SUBMITTED")).isEmpty();
        assertThat(inbox("dueFrom=2025-10-09&dueTo=2025-10-09")).contains(soon, elsewhere).doesNotContain(middle);

        reading().get("/inspections?district=Zhongshan&state=OPEN&dueFrom=tomorrow&size=0").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("state", "district", "dueFrom", "size")));
    }

    @Test
    void a_lead_assigns_an_inspection_and_an_inspector_claims_only_one_nobody_works_on() {
        String assigned = workbench.file(request("quality"));
        Workbench.Request unassigned = request("quality");
        String free = workbench.file(unassigned);
        assertThat(inbox("unassigned=true&applicationId=" + unassigned.application)).containsExactly(free);

        User liuWei = lead("Liu Wei");
        User zhaoMin = inspector("Zhao Min");
        User liNa = inspector("Li Na");

        assign(liuWei, assigned, "Zhao Min")
                .then().statusCode(200).body("assignee", equalTo("Zhao Min")).body("assignedBy", equalTo("Liu Wei"));
        as(liNa).post("/inspections/{id}/claim", assigned)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/assigned-to-another-inspector"));
        String code = Workbench.codes(assigned).get(0);
        Workbench.mark(liNa, assigned, code, Workbench.pass()).statusCode(409)
                .body("type", equalTo("https://jointacceptance.org/problems/assigned-to-another-inspector"));
        Workbench.mark(zhaoMin, assigned, code, Workbench.pass()).statusCode(200);

        as(liNa).post("/inspections/{id}/claim", free)
                .then().statusCode(200).body("assignee", equalTo("Li Na"));
        assertThat(inbox("assignee=Li Na")).contains(free).doesNotContain(assigned);
        assertThat(inbox("unassigned=true&applicationId=" + unassigned.application)).isEmpty();

        assign(liuWei, assigned, "Li Na").then().statusCode(200).body("assignee", equalTo("Li Na"));
        JsonPath activity = reading().get("/inspections/{id}/activity", assigned).then().statusCode(200).extract().jsonPath();
        assertThat(activity.getList("action", String.class)).containsSubsequence("REQUESTED", "ASSIGNED", "ITEM_MARKED", "ASSIGNED");
        assertThat(activity.getList("actor", String.class)).containsSubsequence("system", "Liu Wei", "Zhao Min", "Liu Wei");
        assertThat(activity.getString("[-1].detail")).isEqualTo("to Li Na (was Zhao Min)");

        assign(liuWei, free, " ")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("inspector")));
        reading().get("/inspections/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    private static io.restassured.response.Response assign(User lead, String inspection, String inspector) {
        return as(lead).contentType(ContentType.JSON).body(Map.of("inspector", inspector))
                .post("/inspections/{id}/assignment", inspection);
    }

    private static List<String> inbox(String query) {
        return reading().get("/inspections?" + query).then().statusCode(200).extract().jsonPath().getList("id", String.class);
    }
}
