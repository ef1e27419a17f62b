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
import io.restassured.response.ValidatableResponse;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Site visits follow the official calendar of mainland China, and the applicant hears of each. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class SiteVisitTest {

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
    void a_visit_on_a_statutory_holiday_or_a_weekend_is_refused_and_one_on_a_make_up_workday_is_allowed() {
        Workbench.Request request = request("quality");
        String inspection = workbench.file(request);

        schedule(inspection, "2025-10-03", "09:30", null).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-a-working-day"))
                .body("detail", equalTo("2025-10-03 is not a working day in China (a statutory holiday); choose a working day"));
        schedule(inspection, "2025-10-12", "09:30", null).statusCode(422)
                .body("type", equalTo(PROBLEMS + "not-a-working-day"));
        reading().get("/inspections/{id}", inspection).then().body("state", equalTo("PENDING"));

        schedule(inspection, "2025-10-11", "09:30", null).statusCode(200)
                .body("date", equalTo("2025-10-11")).body("time", equalTo("09:30")).body("current", equalTo(true));

        JsonPath view = Workbench.inspection(inspection);
        assertThat(view.getString("state")).isEqualTo("SCHEDULED");
        assertThat(view.getString("siteVisit.date")).isEqualTo("2025-10-11");
        assertThat(view.getString("assignee")).as("scheduling takes the inspection").isEqualTo("Zhao Min");
        List<JsonPath> told = Workbench.announced(request.application, "SiteVisitScheduled");
        assertThat(told).hasSize(1);
        assertThat(told.get(0).getString("date")).isEqualTo("2025-10-11");
        assertThat(told.get(0).getString("time")).isEqualTo("09:30");
        assertThat(told.get(0).getString("department")).isEqualTo("quality");
        assertThat(told.get(0).getString("address")).isEqualTo("88 Renmin Road, Zhongshan District, Dalian");
        assertThat(told.get(0).getString("inspector")).isEqualTo("Zhao Min");
        assertThat(told.get(0).getString("inspectorName")).as("the token's name claim, for notices")
                .isEqualTo("Zhao Min");
        assertThat(told.get(0).getString("previousDate")).isNull();
    }

    @Test
    void a_visit_after_the_due_date_needs_a_reason_and_moving_one_keeps_the_history_and_tells_the_applicant() {
        Workbench.Request request = request("quality").due(LocalDate.of(2025, 10, 9));
        String inspection = workbench.file(request);

        schedule(inspection, "2025-10-10", "14:00", null).statusCode(422)
                .body("type", equalTo(PROBLEMS + "site-visit-after-due-date"));
        schedule(inspection, "2025-10-10", "14:00", "The applicant's fire engineer is abroad until 9 October")
                .statusCode(200);
        schedule(inspection, "2025-09-30", "10:00", null).statusCode(422)
                .body("type", equalTo(PROBLEMS + "site-visit-moved-without-reason"));
        schedule(inspection, "2025-09-30", "10:00", "The engineer came back early").statusCode(200);
        schedule(inspection, "2025-09-30", "10:00", null).statusCode(200); // the same slot again changes nothing

        JsonPath visits = reading().get("/inspections/{id}/site-visits", inspection).then().statusCode(200)
                .extract().jsonPath();
        assertThat(visits.getList("date", String.class)).containsExactly("2025-10-10", "2025-09-30");
        assertThat(visits.getList("current", Boolean.class)).containsExactly(false, true);
        assertThat(visits.getString("[0].supersededAt")).isNotNull();
        List<JsonPath> told = Workbench.announced(request.application, "SiteVisitScheduled");
        assertThat(told).hasSize(2);
        assertThat(told.get(1).getString("date")).isEqualTo("2025-09-30");
        assertThat(told.get(1).getString("previousDate")).isEqualTo("2025-10-10");
        assertThat(told.get(1).getString("previousTime")).isEqualTo("14:00");
        assertThat(told.get(1).getString("reason")).isEqualTo("The engineer came back early");
    }

    @Test
    void a_visit_in_the_past_or_in_a_year_the_calendar_cannot_count_is_refused_with_a_problem() {
        String inspection = workbench.file(request("quality"));

        schedule(inspection, "2025-09-19", "09:30", null).statusCode(422)
                .body("type", equalTo(PROBLEMS + "site-visit-in-the-past"));
        schedule(inspection, "2099-03-05", "09:30", "Long postponed").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "calendar-year-not-loaded"));
        as(zhaoMin).contentType(ContentType.JSON).body(Map.of("date", "2025-10-09", "time", "9h30"))
                .post("/inspections/{id}/site-visits", inspection)
                .then().statusCode(400).contentType("application/problem+json");
    }

    private ValidatableResponse schedule(String inspection, String date, String time, String reason) {
        Map<String, Object> body = reason == null ? Map.of("date", date, "time", time)
                : Map.of("date", date, "time", time, "reason", reason);
        return as(zhaoMin).contentType(ContentType.JSON).body(body).post("/inspections/{id}/site-visits", inspection).then();
    }
}
