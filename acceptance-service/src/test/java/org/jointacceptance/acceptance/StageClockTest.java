package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.acceptance.clock.DeadlineWarnings;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.calendar.YearArrangementJson;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureKind;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 16-working-day clock on China's official calendar: the primer's worked examples, pauses, corrections, warnings. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class StageClockTest {

    @Inject
    MutableClock clock;

    @Inject
    EventCodec codec;

    @Inject
    DeadlineWarnings warnings;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void an_application_accepted_on_friday_2025_09_26_is_due_on_2025_10_24_not_10_20() {
        clock.set(LocalDateTime.of(2025, 9, 26, 10, 30));

        JsonPath application = submit();

        assertThat(application.getString("intakeAcceptedOn")).isEqualTo("2025-09-26");
        assertThat(application.getString("dueDate")).isEqualTo("2025-10-24");
        assertThat(application.getString("calendarVersion")).contains("2025.1");
    }

    @Test
    void across_spring_festival_2026_the_working_days_with_the_applicant_move_the_due_date_out() {
        clock.set(LocalDateTime.of(2026, 2, 10, 9, 0));
        JsonPath submitted = submit();
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        assertThat(submitted.getString("dueDate")).isEqualTo("2026-03-10");

        clock.set(LocalDateTime.of(2026, 2, 12, 15, 0));
        DepartmentResults departments = new DepartmentResults(kafka, codec);
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");
        departments.fail(application, section, 1, "fire",
                new Finding("Fire alarm", "Alarm panel not connected", true, "Connect and test the panel"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get(application)
                .body("status", equalTo("RECTIFICATION_REQUIRED")));

        // with the applicant from Thursday 02-12 to Thursday 02-26: 02-13, Saturday 02-14 (a make-up workday),
        // then 02-24, 02-25, 02-26 after the holiday; five working days that do not count
        clock.set(LocalDateTime.of(2026, 2, 26, 11, 0));
        asFirm().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("finding", 0,
                "answer", "Panel connected; test report attached"))))
                .post("/applications/{id}/sections/{s}/rectification", application, section).then().statusCode(200)
                .body("dueDate", equalTo("2026-03-17"));

        List<ConsumerRecord<String, String>> changes = events(application, "DueDateChanged");
        assertThat(changes).hasSize(1);
        JsonPath change = JsonPath.from(changes.get(0).value());
        assertThat(change.getString("previousDueDate")).isEqualTo("2026-03-10");
        assertThat(change.getString("dueDate")).isEqualTo("2026-03-17");
        assertThat(change.getInt("pausedWorkingDays")).isEqualTo(5);
    }

    @Test
    void a_rectification_deadline_in_a_provisional_year_moves_with_the_published_arrangement() {
        clock.set(LocalDateTime.of(2028, 11, 16, 9, 0));
        JsonPath submitted = submit();
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));

        // the notice goes out on Monday 2028-12-11: 20 working days later is in January 2029, counted provisionally
        clock.set(LocalDateTime.of(2028, 12, 11, 10, 0));
        DepartmentResults departments = new DepartmentResults(kafka, codec);
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");
        departments.fail(application, section, 1, "fire",
                new Finding("Fire alarm", "Alarm panel not connected", true, "Connect and test the panel"));
        // 12-12 is day 1; 12-29 day 14; New Year's Day is off; Tuesday 2029-01-09 is day 20
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get(application)
                .body("sections[0].status", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].rectifyBy", equalTo("2029-01-09"))
                .body("sections[0].rectifyByProvisional", equalTo(true)));

        String arrangement2029 = YearArrangementJson.write(new YearArrangement(2029, "2029.1",
                "A made-up arrangement for this test: New Year's Day, and Saturday 01-06 worked",
                List.of(new YearArrangement.Holiday("New Year's Day", LocalDate.of(2029, 1, 1),
                        LocalDate.of(2029, 1, 1))), List.of(LocalDate.of(2029, 1, 6))));
        asCoordinator().contentType(ContentType.JSON).body(arrangement2029)
                .put("/calendar/years/2029").then().statusCode(200)
                .body("moves.kind", hasItems("RECTIFICATION_DEADLINE"));

        get(application).body("sections[0].rectifyBy", equalTo("2029-01-08"))
                .body("sections[0].rectifyByProvisional", equalTo(false));
        List<String> actions = asCoordinator().get("/applications/{id}/timeline", application).then().statusCode(200)
                .extract().jsonPath().getList("action", String.class);
        assertThat(actions).contains("RECTIFICATION_DEADLINE_CHANGED");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events(application,
                "RectificationDeadlineChanged")).extracting(record -> JsonPath.from(record.value()))
                .extracting(told -> told.getString("previousRectifyBy") + " -> " + told.getString("rectifyBy")
                        + (told.getBoolean("rectifyByProvisional") ? " provisional" : ""))
                .containsExactly("2029-01-09 -> 2029-01-08"));
        JsonPath notice = JsonPath.from(events(application, "SectionDecided").get(0).value());
        assertThat(notice.getBoolean("rectifyByProvisional")).as("told provisional at the time").isTrue();
    }

    @Test
    void from_submission_to_filing_across_a_year_whose_notice_is_loaded_while_the_application_runs() {
        clock.set(LocalDateTime.of(2026, 12, 21, 9, 0));
        asCoordinator().get("/calendar/working-days?after=2026-12-20&count=16").then().statusCode(200)
                .body("date", equalTo("2027-01-12")).body("provisional", equalTo(true));
        String provisional = asCoordinator().get("/calendar/years/2027").then().statusCode(200)
                .body("version", equalTo("2027.0-provisional")).extract().asString();
        asCoordinator().contentType(ContentType.JSON).body(provisional).put("/calendar/years/2027").then()
                .statusCode(400).body("detail", org.hamcrest.Matchers.containsString("provisional"));

        JsonPath submitted = submit();
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        // 12-22 is day 1; 12-31 day 8; New Year's Day is off, no make-up workday is known; 2027-01-13 is day 16
        assertThat(submitted.getString("dueDate")).isEqualTo("2027-01-13");
        assertThat(submitted.getBoolean("dueDateProvisional")).isTrue();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events(application, "IntakeDecided"))
                .extracting(record -> JsonPath.from(record.value()).getBoolean("dueDateProvisional"))
                .containsExactly(true));
        asCoordinator().get("/calendar").then().statusCode(200).body("awaited.year", equalTo(2027))
                .body("awaited.runningApplicationsWithProvisionalDates", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        asCoordinator().contentType("text/plain; charset=UTF-8").body("一、元旦：1月1日（周五）至3日（周六）放假。")
                .post("/calendar/years/2027/notice").then().statusCode(400)
                .body("type", equalTo("https://jointacceptance.org/problems/unreadable-notice"))
                .body("detail", org.hamcrest.Matchers.containsString("Line 1"));
        asCoordinator().header("Accept-Language", "zh-CN").contentType("text/plain; charset=UTF-8")
                .body("一、元旦：1月1日（周五）至3日（周六）放假。").post("/calendar/years/2027/notice").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("无法读取通知第1行"),
                        org.hamcrest.Matchers.containsString("2027年1月3日是星期日，不是周六")));
        JsonPath preview = asCoordinator().contentType("text/plain; charset=UTF-8").body(NOTICE_2027)
                .post("/calendar/years/2027/notice").then().statusCode(200)
                .body("version", equalTo("2027.1")).body("makeUpWorkdays", hasItems("2027-01-09"))
                .extract().jsonPath();
        assertThat(preview.getList("moves.findAll { it.applicationId == '" + application + "' }.to", String.class))
                .containsExactly("2027-01-12");
        get(application).body("dueDate", equalTo("2027-01-13")).body("dueDateProvisional", equalTo(true));

        asCoordinator().contentType("text/plain; charset=UTF-8").body(NOTICE_2027)
                .queryParam("confirmation", "0".repeat(24)).put("/calendar/years/2027/notice").then().statusCode(409);
        asCoordinator().contentType("text/plain; charset=UTF-8").body(NOTICE_2027)
                .queryParam("confirmation", preview.getString("confirmation"))
                .put("/calendar/years/2027/notice").then().statusCode(200).body("version", org.hamcrest.Matchers
                        .containsString(",2027.1"));

        // Saturday 01-09 is worked: day 16 is Tuesday 01-12
        get(application).body("dueDate", equalTo("2027-01-12")).body("dueDateProvisional", equalTo(false));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events(application, "DueDateChanged"))
                .extracting(record -> JsonPath.from(record.value()).getString("dueDate") + " provisional "
                        + JsonPath.from(record.value()).getBoolean("dueDateProvisional"))
                .containsExactly("2027-01-12 provisional false"));
        asCoordinator().get("/calendar").then().statusCode(200).body("awaited", org.hamcrest.Matchers.nullValue());

        clock.set(LocalDateTime.of(2027, 1, 6, 10, 0));
        new DepartmentResults(kafka, codec).pass(application, section, 1, "quality", "planning", "land", "fire",
                "archives");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get(application)
                .body("status", equalTo("ACCEPTED")).body("filingNumber", org.hamcrest.Matchers.notNullValue()));
    }

    /** A notice of 2027 written for this test, in the State Council's form; not the real 2027 arrangement. */
    private static final String NOTICE_2027 = """
            国务院办公厅关于2027年部分节假日安排的通知（测试用）

            经国务院批准，现将2027年元旦放假调休日期的具体安排通知如下。

            一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。1月9日（周六）上班。

            国务院办公厅
            """;

    @Test
    void a_calendar_correction_moves_a_running_application_and_is_recorded_and_announced_to_the_departments() {
        clock.set(LocalDateTime.of(2026, 9, 14, 10, 0));
        UUID application = UUID.fromString(submit().getString("id"));
        String before = get(application).extract().path("dueDate");
        assertThat(before).isEqualTo("2026-10-12");

        YearArrangement official = WorkingCalendar.official().arrangement(2026);
        List<YearArrangement.Holiday> holidays = new ArrayList<>(official.holidays());
        holidays.add(new YearArrangement.Holiday("City anniversary", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30)));
        YearArrangement correction = new YearArrangement(2026, "2026.2", official.source(), holidays,
                official.makeUpWorkdays());
        String corrected = YearArrangementJson.write(correction);
        String reason = "The city keeps its anniversary on 30 September";
        try {
            asCoordinator().contentType(ContentType.JSON).body(corrected)
                    .queryParam("reason", reason)
                    .put("/calendar/years/2026").then().statusCode(200)
                    .body("version", org.hamcrest.Matchers.containsString("2026.2"));

            get(application).body("dueDate", equalTo("2026-10-13"))
                    .body("calendarVersion", org.hamcrest.Matchers.containsString("2026.2"));
            assertThat(events(application, "DueDateChanged")).hasSize(1);
            asCoordinator().get("/calendar/days/2026-09-30").then().statusCode(200).body("workingDay", equalTo(false));
            assertThat(calendarYearsLoaded(2026)).containsExactly(new CalendarYearLoaded(2026, "2026.2",
                    official.source(), correction.holidays().stream().map(holiday -> new CalendarYearLoaded.Holiday(
                            holiday.name(), holiday.from(), holiday.to())).toList(),
                    official.makeUpWorkdays(), "Liu Yang", reason));
        } finally {
            String restored = YearArrangementJson.write(new YearArrangement(2026, "2026.3", official.source(),
                    official.holidays(), official.makeUpWorkdays()));
            asCoordinator().contentType(ContentType.JSON).body(restored)
                    .put("/calendar/years/2026").then().statusCode(200);
        }
        get(application).body("dueDate", equalTo("2026-10-12"));

        asCoordinator().contentType(ContentType.JSON).body(corrected)
                .put("/calendar/years/2026").then().statusCode(400)
                .body("type", equalTo("https://jointacceptance.org/problems/invalid-arrangement"))
                .body("detail", org.hamcrest.Matchers.containsString("later version than 2026.3"));
        assertThat(calendarYearsLoaded(2026)).as("announced in order, and nothing for the refused one")
                .extracting(CalendarYearLoaded::version).containsExactly("2026.2", "2026.3");
    }

    @Test
    void the_calendar_answers_for_loaded_years_provisionally_for_coming_ones_and_refuses_to_guess_for_others() {
        asCoordinator().get("/calendar/days/2025-09-28").then().statusCode(200).body("workingDay", equalTo(true));
        asCoordinator().get("/calendar/days/2025-10-03").then().statusCode(200).body("workingDay", equalTo(false));
        asCoordinator().get("/calendar/working-days?after=2025-09-26&count=16").then().statusCode(200)
                .body("date", equalTo("2025-10-24"));
        asCoordinator().get("/calendar/working-days?after=2025-09-26&until=2025-10-24").then().statusCode(200)
                .body("count", equalTo(16));
        asCoordinator().get("/calendar/days/2031-05-06").then().statusCode(200).body("workingDay", equalTo(true))
                .body("provisional", equalTo(true));
        asCoordinator().get("/calendar/days/2031-05-01").then().statusCode(200).body("workingDay", equalTo(false));
        asCoordinator().get("/calendar/days/2025-10-03").then().statusCode(200).body("provisional", equalTo(false));
        asCoordinator().get("/calendar/days/2019-05-06").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/calendar-year-not-loaded"));
        asCoordinator().contentType(ContentType.JSON).body("{\"year\":2031,\"version\":\"2031.1\"}")
                .put("/calendar/years/2031").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/invalid-arrangement"))
                .body("detail", equalTo("'holidays' is missing"));
        asCoordinator().header("Accept-Language", "zh-CN").contentType(ContentType.JSON)
                .body("{\"year\":2031,\"version\":\"2031.1\"}").put("/calendar/years/2031").then().statusCode(400)
                .body("detail", equalTo("节假日安排不合规定：缺少「holidays」"));
    }

    @Test
    void each_warning_fires_once_however_often_and_from_however_many_replicas_the_clock_is_checked() throws Exception {
        clock.set(LocalDateTime.of(2025, 9, 26, 10, 0));
        UUID application = UUID.fromString(submit().getString("id"));

        clock.set(LocalDateTime.of(2025, 10, 21, 9, 0)); // three working days before 10-24
        warnings.check();
        warnings.check();
        clock.set(LocalDateTime.of(2025, 10, 24, 9, 0)); // the due day, checked by two replicas at once
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(warnings::check);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(warnings::check);
        one.get();
        two.get();
        clock.set(LocalDateTime.of(2025, 10, 27, 9, 0));
        warnings.check();
        warnings.check();

        List<String> stageWarnings = events(application, "DeadlineWarning").stream().map(record -> JsonPath.from(record.value()))
                .filter(warning -> warning.getString("department") == null)
                .map(warning -> warning.getString("level")).toList();
        assertThat(stageWarnings).containsExactly("YELLOW", "RED", "OVERDUE");
        List<String> fireWarnings = events(application, "DeadlineWarning").stream().map(record -> JsonPath.from(record.value()))
                .filter(warning -> "fire".equals(warning.getString("department")))
                .map(warning -> warning.getString("level")).toList();
        assertThat(fireWarnings).containsExactly("OVERDUE");
    }

    @Test
    void a_special_procedure_moves_the_stage_and_the_department_due_dates_by_the_working_days_it_took() {
        clock.set(LocalDateTime.of(2025, 9, 26, 10, 0));
        JsonPath submitted = submit();
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        UUID procedure = UUID.randomUUID();
        UUID inspection = UUID.randomUUID();

        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, application.toString(), "SpecialProcedureOpened",
                codec.encode(new SpecialProcedureOpened(procedure, inspection, application, section, "quality", 1,
                        SpecialProcedureKind.EXPERT_REVIEW, "Structural safety needs an expert review",
                        LocalDate.of(2025, 9, 29), 10, null)));
        // after 09-29 up to 10-13: 09-30, 10-09, 10-10, Saturday 10-11 (make-up) and 10-13
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, application.toString(), "SpecialProcedureClosed",
                codec.encode(new SpecialProcedureClosed(procedure, inspection, application, section, "quality", 1,
                        SpecialProcedureKind.EXPERT_REVIEW, LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 13), 5,
                        "The structure is safe", LocalDate.of(2025, 10, 16))));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get(application)
                .body("dueDate", equalTo("2025-10-31"))
                .body("sections[0].inspections.find { it.department == 'quality' }.dueDate", equalTo("2025-10-16"))
                .body("sections[0].inspections.find { it.department == 'fire' }.dueDate", equalTo("2025-10-10")));
        asCoordinator().get("/applications/{id}/timeline", application).then().statusCode(200)
                .body("action", hasItems("SPECIAL_PROCEDURE_OPENED", "CLOCK_PAUSED", "SPECIAL_PROCEDURE_CLOSED"))
                .body("find { it.action == 'CLOCK_PAUSED' }.detail", equalTo("SPECIAL_PROCEDURE from 2025-09-29"));
    }

    @Test
    void a_paused_clock_does_not_warn() {
        clock.set(LocalDateTime.of(2025, 9, 26, 10, 0));
        JsonPath submitted = submit();
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        DepartmentResults departments = new DepartmentResults(kafka, codec);
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");
        departments.fail(application, section, 1, "fire", new Finding(null, "Hydrant pressure too low", true, null));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get(application)
                .body("status", equalTo("RECTIFICATION_REQUIRED")));

        clock.set(LocalDateTime.of(2025, 10, 27, 9, 0));
        warnings.check();

        assertThat(events(application, "DeadlineWarning")).isEmpty();
    }

    @Test
    void a_warning_fired_before_a_pause_does_not_fire_again_after_it() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        JsonPath submitted = submit(); // due Wednesday 06-24
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));

        clock.set(LocalDateTime.of(2026, 6, 22, 9, 0)); // two working days left: yellow
        warnings.check();
        DepartmentResults departments = new DepartmentResults(kafka, codec);
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");
        departments.fail(application, section, 1, "fire", new Finding(null, "Hydrant pressure too low", true, null));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get(application)
                .body("status", equalTo("RECTIFICATION_REQUIRED")));

        // with the applicant on 06-23 and 06-24: the stage is now due on Friday 06-26, two working days away again
        clock.set(LocalDateTime.of(2026, 6, 24, 15, 0));
        asFirm().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("finding", 0,
                "answer", "Pump replaced"))))
                .post("/applications/{id}/sections/{s}/rectification", application, section).then().statusCode(200)
                .body("dueDate", equalTo("2026-06-26"));
        warnings.check();
        clock.set(LocalDateTime.of(2026, 6, 26, 9, 0));
        warnings.check();

        assertThat(events(application, "DeadlineWarning").stream().map(record -> JsonPath.from(record.value()))
                .filter(warning -> warning.getString("department") == null)
                .map(warning -> warning.getString("level") + " " + warning.getString("dueDate")).toList())
                .containsExactly("YELLOW 2026-06-24", "RED 2026-06-26");
    }

    private static JsonPath submit() {
        return ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Whole project"));
    }

    private static io.restassured.response.ValidatableResponse get(UUID application) {
        return asCoordinator().get("/applications/{id}", application).then().statusCode(200);
    }

    /** What the departments were told of the year, in the order they read it. */
    private List<CalendarYearLoaded> calendarYearsLoaded(int year) {
        return Applications.announced(kafka, record -> ("calendar-" + year).equals(record.key())
                && "CalendarYearLoaded".equals(KafkaTestClient.header(record, "ce_type")))
                .stream().map(record -> codec.decode(EventEnvelope.from(record), CalendarYearLoaded.class)).toList();
    }

    private List<ConsumerRecord<String, String>> events(UUID application, String type) {
        return Applications.announced(kafka, record -> application.toString().equals(record.key())
                && type.equals(KafkaTestClient.header(record, "ce_type")));
    }
}
