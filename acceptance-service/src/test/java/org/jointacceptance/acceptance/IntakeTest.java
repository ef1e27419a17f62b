package org.jointacceptance.acceptance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.acceptance.watch.DateChecks;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one window: a draft lists what each department requires; a submission is accepted, accepted with non-key
 * materials owed against a promise, sent back with one notice listing everything missing, or not accepted.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class IntakeTest {

    /** Inspected by quality, planning, land, fire (filing) and archives: no lightning rule, no civil air defense. */
    private static final List<String> PLAIN_PROJECT_MATERIALS = List.of("completion-acceptance-report",
            "quality-assessment-report", "special-acceptance-certificates", "planning-survey-report", "as-built-drawings",
            "greening-survey", "land-grant-contract", "cadastral-survey", "fire-testing-report",
            "fire-completion-drawings", "archives-catalogue");
    private static final List<String> DEPARTMENTS = List.of("quality", "planning", "land", "fire", "archives");

    @Inject
    MutableClock clock;

    @Inject
    EventCodec codec;

    @Inject
    DateChecks dateChecks;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @BeforeEach
    void mondayMorning() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_draft_lists_the_materials_its_departments_require_and_starts_nothing() {
        JsonPath draft = ApplicationRequests.prepare(ApplicationRequests.plainProject("Whole project"));

        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("intakeOutcome")).isNull();
        assertThat(draft.getString("dueDate")).isNull();
        assertThat(draft.getString("sections[0].status")).isEqualTo("AWAITING_INTAKE");
        assertThat(draft.getList("requiredMaterials.type", String.class)).isEqualTo(PLAIN_PROJECT_MATERIALS);
        assertThat(draft.getList("requiredMaterials.state", String.class)).containsOnly("NOT_SUPPLIED");
        assertThat(draft.getBoolean("requiredMaterials.find { it.type == 'fire-testing-report' }.key")).isTrue();
        assertThat(draft.getString("requiredMaterials.find { it.type == 'as-built-drawings' }.nameZh")).isEqualTo("竣工图");

        JsonPath withLightning = ApplicationRequests.prepare(ApplicationRequests.application(true, true, "SPECIAL", "S1"));
        assertThat(withLightning.getList("requiredMaterials.type", String.class))
                .contains("lightning-protection-test-report", "civil-air-defense-completion-report");
        assertThat(events(draft.getString("id"), "IntakeDecided")).isEmpty();
    }

    @Test
    void a_draft_is_changed_until_it_is_submitted_its_sections_keeping_their_ids() {
        JsonPath draft = ApplicationRequests.prepare(ApplicationRequests.application(false, false, "ORDINARY", "S1", "S2"));
        String application = draft.getString("id");
        String first = draft.getString("sections[0].id");
        // Monday 1 June: five working days of tolerance run to Monday 8 June
        assertThat(draft.getList("promisableDays", String.class))
                .containsExactly("2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05", "2026-06-08");

        JsonPath changed = asFirm().contentType(ContentType.JSON)
                .body(ApplicationRequests.application(true, true, "SPECIAL", "Towers 1# and 2#"))
                .put("/applications/{id}", application).then().statusCode(200).extract().jsonPath();
        assertThat(changed.getList("sections.name", String.class)).containsExactly("Towers 1# and 2#");
        assertThat(changed.getString("sections[0].id")).isEqualTo(first);
        assertThat(changed.getList("requiredMaterials.type", String.class))
                .contains("lightning-protection-test-report", "civil-air-defense-completion-report");
        asFirm().contentType(ContentType.JSON).body(Map.of("sections", List.of()))
                .put("/applications/{id}", application).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("project"))
                .body("errors.find { it.field == 'sections' }.message", equalTo("must not be empty"));
        // said in the caller's language when it asks, the field names unchanged
        asFirm().header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body(Map.of("sections", List.of()))
                .put("/applications/{id}", application).then().statusCode(400)
                .body("errors.find { it.field == 'sections' }.message", equalTo("不能为空"));

        ApplicationRequests.submit(application, Map.of());
        asFirm().contentType(ContentType.JSON).body(ApplicationRequests.plainProject("Too late"))
                .put("/applications/{id}", application).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/not-a-draft"));
        asFirm().get("/applications/{id}", application).then().body("sections.name", equalTo(List.of("Towers 1# and 2#")));
    }

    @Test
    void the_list_says_what_each_application_awaits_from_whom_and_how_many_working_days_are_left() {
        String draft = ApplicationRequests.prepare(ApplicationRequests.plainProject("Whole project")).getString("id");
        String accepted = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Towers"))
                .getString("id");

        JsonPath list = asFirm().get("/applications?size=200").then().statusCode(200).extract().jsonPath();
        String line = "find { it.id == '" + accepted + "' }";
        // Monday 1 June: day 16 is Wednesday 24 June (the Dragon Boat Festival on 19 June is off)
        assertThat(list.getInt(line + ".workingDaysLeft")).isEqualTo(16);
        assertThat(list.getBoolean(line + ".paused")).isFalse();
        assertThat(list.getList(line + ".awaiting.party", String.class))
                .containsExactlyInAnyOrderElementsOf(DEPARTMENTS);
        assertThat(list.getList(line + ".awaiting.sectionName", String.class)).containsOnly("Towers");
        assertThat(list.getList(line + ".awaiting.dueDate", String.class)).containsOnly("2026-06-08");
        String draftLine = "find { it.id == '" + draft + "' }";
        assertThat(list.getString(draftLine + ".workingDaysLeft")).isNull();
        assertThat(list.getList(draftLine + ".awaiting")).isEmpty();

        clock.set(LocalDateTime.of(2026, 6, 26, 9, 0));
        assertThat(asFirm().get("/applications?size=200").then().extract().jsonPath().getInt(line + ".workingDaysLeft"))
                .as("two working days overdue").isEqualTo(-2);
    }

    @Test
    void the_intake_receipt_lets_anyone_look_up_the_stage_and_wrong_codes_look_like_unknown_numbers() {
        JsonPath accepted = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Whole project"));
        String number = accepted.getString("number");
        String code = accepted.getString("lookupCode");
        assertThat(number).matches("DL-SQ-2026-\\d{6}");
        assertThat(code).matches("[A-HJ-NP-Z2-9]{8}");

        given().get("/status?number={number}&code={code}", number, code.toLowerCase()).then().statusCode(200)
                .body("number", equalTo(number)).body("status", equalTo("IN_INSPECTION"))
                .body("dueDate", equalTo(accepted.getString("dueDate")))
                .body("projectName", equalTo(accepted.getString("project.name")))
                .body("$", not(hasKey("applicant")));

        JsonPath wrongCode = given().get("/status?number={number}&code={code}", number, "AAAAAAAA").then()
                .statusCode(404).contentType("application/problem+json").extract().jsonPath();
        JsonPath unknown = given().get("/status?number={number}&code={code}", "DL-SQ-2026-999999", code).then()
                .statusCode(404).contentType("application/problem+json").extract().jsonPath();
        assertThat(wrongCode.getString("type")).isEqualTo(unknown.getString("type"));
        assertThat(wrongCode.getString("title")).isEqualTo(unknown.getString("title"));

        for (int attempt = 2; attempt <= 5; attempt++) {
            given().get("/status?number={number}&code={code}", number, "BBBBBBBB").then().statusCode(404);
        }
        given().get("/status?number={number}&code={code}", number, code).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/too-many-lookups"));
        given().get("/status?number={number}", number).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_promise_limit_in_a_year_whose_holiday_notice_is_not_loaded_is_told_as_provisional() {
        clock.set(LocalDateTime.of(2032, 12, 28, 9, 0));
        String application = ApplicationRequests.prepare(ApplicationRequests.plainProject("Whole project")).getString("id");

        JsonPath notice = ApplicationRequests.submit(application, Map.of());

        // Tuesday 12-28: 12-29, 12-30, 12-31, then Monday 2033-01-03 and Tuesday 01-04, counted provisionally
        assertThat(notice.getString("missingMaterials.find { it.type == 'greening-survey' }.note"))
                .contains("promise to supply it by 2033-01-04 (provisional: 2033's holiday notice is not loaded yet)");
    }

    @Test
    void missing_materials_give_one_notice_listing_everything_and_the_clock_does_not_start_until_corrected() {
        String application = ApplicationRequests.prepare(ApplicationRequests.plainProject("Whole project")).getString("id");
        ApplicationRequests.upload(application, "completion-acceptance-report");
        ApplicationRequests.upload(application, "archives-catalogue");

        JsonPath notice = ApplicationRequests.submit(application, Map.of());

        assertThat(notice.getString("status")).isEqualTo("CORRECTION_REQUIRED");
        assertThat(notice.getString("intakeOutcome")).isEqualTo("CORRECTION_REQUIRED");
        assertThat(notice.getList("missingMaterials.type", String.class)).containsExactlyElementsOf(
                PLAIN_PROJECT_MATERIALS.stream().filter(type -> !type.equals("completion-acceptance-report")
                        && !type.equals("archives-catalogue")).toList());
        assertThat(notice.getString("missingMaterials.find { it.type == 'fire-testing-report' }.note"))
                .contains("key material");
        assertThat(notice.getString("missingMaterials.find { it.type == 'greening-survey' }.note"))
                .contains("promise to supply it by 2026-06-08");
        assertThat(notice.getString("dueDate")).isNull();
        JsonPath announced = JsonPath.from(single(events(application, "IntakeDecided")).value());
        assertThat(announced.getString("outcome")).isEqualTo("CORRECTION_REQUIRED");
        assertThat(announced.getList("missingMaterials", String.class)).hasSize(9)
                .anySatisfy(line -> assertThat(line).startsWith("Fire installations testing report (fire-testing-report)"));
        assertThat(announced.getString("materials.find { it.type == 'fire-testing-report' }.nameZh"))
                .as("each material named in Chinese too, for the notice").isEqualTo("消防设施检测报告");
        assertThat(announced.getBoolean("materials.find { it.type == 'fire-testing-report' }.key")).isTrue();
        assertThat(events(application, "InspectionRequested")).as("nothing starts before the correction").isEmpty();

        clock.set(LocalDateTime.of(2026, 6, 3, 14, 0));
        notice.getList("missingMaterials.type", String.class).forEach(type -> ApplicationRequests.upload(application, type));
        JsonPath accepted = ApplicationRequests.submit(application, Map.of());

        assertThat(accepted.getString("status")).isEqualTo("IN_INSPECTION");
        assertThat(accepted.getString("intakeOutcome")).isEqualTo("ACCEPTED");
        assertThat(accepted.getList("missingMaterials")).isEmpty();
        assertThat(accepted.getString("intakeAcceptedOn")).as("the clock starts on the corrected submission")
                .isEqualTo("2026-06-03");
        assertThat(accepted.getString("dueDate")).isEqualTo("2026-06-26");
        List<ConsumerRecord<String, String>> requests = events(application, "InspectionRequested");
        assertThat(requests).hasSize(DEPARTMENTS.size());
        JsonPath toFire = requests.stream().map(record -> JsonPath.from(record.value()))
                .filter(request -> request.getString("department").equals("fire")).findFirst().orElseThrow();
        assertThat(toFire.getList("materials.type", String.class))
                .containsExactlyInAnyOrder("fire-testing-report", "fire-completion-drawings");
        String href = toFire.getString("materials.find { it.type == 'fire-testing-report' }.href");
        assertThat(Actors.as(Actors.FIRE_INSPECTOR).get(href).then().statusCode(200).extract().asByteArray()).isEqualTo(ApplicationRequests.PDF);
        assertThat(toFire.getString("declared.find { it.name == 'Fire category' }.value")).isEqualTo("ORDINARY");
        assertThat(toFire.getString("declared.find { it.name == 'Height (m)' }.value")).isEqualTo("54.6");

        asFirm().contentType(ContentType.JSON).body(Map.of()).post("/applications/{id}/submission", application)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/already-submitted"));
    }

    @Test
    void a_key_material_can_never_be_owed_and_a_promise_beyond_the_limit_is_refused() {
        String application = ApplicationRequests.prepare(ApplicationRequests.plainProject("Whole project")).getString("id");
        PLAIN_PROJECT_MATERIALS.stream().filter(type -> !type.equals("fire-testing-report"))
                .forEach(type -> ApplicationRequests.upload(application, type));

        JsonPath notice = ApplicationRequests.submit(application, promise("fire-testing-report", "2026-06-04"));
        assertThat(notice.getString("status")).isEqualTo("CORRECTION_REQUIRED");
        assertThat(notice.getList("missingMaterials.type", String.class)).containsExactly("fire-testing-report");

        asFirm().contentType(ContentType.JSON).body(promise("fire-testing-report", "2026-06-09"))
                .post("/applications/{id}/submission", application).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/promise-out-of-range"))
                .body("title", equalTo("Invalid request"))
                .body("detail", org.hamcrest.Matchers.containsString("no later than 2026-06-08"));
        asFirm().contentType(ContentType.JSON).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .body(promise("fire-testing-report", "2026-06-09"))
                .post("/applications/{id}/submission", application).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/promise-out-of-range"))
                .body("title", equalTo("请求无效"))
                .body("detail", equalTo("材料最多可容缺 5 个工作日：“消防设施检测报告”的承诺补交日期须晚于2026年6月1日，"
                        + "且不迟于2026年6月8日，不能是2026年6月9日"));
        asFirm().contentType(ContentType.JSON).body(promise("lightning-protection-test-report", "2026-06-04"))
                .post("/applications/{id}/submission", application).then().statusCode(400)
                .body("type", equalTo("https://jointacceptance.org/problems/material-not-required"));
        asFirm().contentType(ContentType.TEXT).body("archives-catalogue by Friday")
                .post("/applications/{id}/submission", application).then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/unsupported-media-type"));
        asCoordinator().get("/applications/{id}", application).then().statusCode(200)
                .body("status", equalTo("CORRECTION_REQUIRED"));
    }

    @Test
    void a_project_outside_the_city_is_not_accepted_with_the_reason() {
        Map<String, Object> request = new HashMap<>(ApplicationRequests.plainProject("Whole project"));
        @SuppressWarnings("unchecked")
        Map<String, Object> project = new HashMap<>((Map<String, Object>) request.get("project"));
        project.put("district", "110101");
        request.put("project", project);

        JsonPath refused = ApplicationRequests.applyWithEveryMaterial(request);

        assertThat(refused.getString("status")).isEqualTo("NOT_ACCEPTED");
        assertThat(refused.getString("intakeReason")).isEqualTo("District 110101 is outside the jurisdiction of this window");
        JsonPath announced = JsonPath.from(single(events(refused.getString("id"), "IntakeDecided")).value());
        assertThat(announced.getString("outcome")).isEqualTo("NOT_ACCEPTED");
        assertThat(announced.getString("refusal")).isEqualTo("OUTSIDE_JURISDICTION");
        assertThat(announced.getString("reason")).contains("110101");
        assertThat(events(refused.getString("id"), "InspectionRequested")).isEmpty();
    }

    @Test
    void with_tolerance_every_department_passes_but_the_decision_waits_for_the_owed_material() {
        String application = ApplicationRequests.prepare(ApplicationRequests.plainProject("Whole project")).getString("id");
        PLAIN_PROJECT_MATERIALS.stream().filter(type -> !type.equals("archives-catalogue"))
                .forEach(type -> ApplicationRequests.upload(application, type));

        JsonPath accepted = ApplicationRequests.submit(application, promise("archives-catalogue", "2026-06-05"));
        assertThat(accepted.getString("status")).isEqualTo("IN_INSPECTION");
        assertThat(accepted.getString("intakeOutcome")).isEqualTo("ACCEPTED_WITH_TOLERANCE");
        assertThat(accepted.getString("requiredMaterials.find { it.type == 'archives-catalogue' }.state")).isEqualTo("OWED");
        assertThat(accepted.getString("requiredMaterials.find { it.type == 'archives-catalogue' }.promisedBy"))
                .isEqualTo("2026-06-05");
        assertThat(JsonPath.from(single(events(application, "IntakeDecided")).value())
                .getList("missingMaterials", String.class))
                .containsExactly("Construction archives transfer catalogue (archives-catalogue), promised by 2026-06-05");
        assertThat(JsonPath.from(single(events(application, "IntakeDecided")).value()).getList("materials"))
                .singleElement().isEqualTo(Map.of("type", "archives-catalogue", "name",
                        "Construction archives transfer catalogue", "nameZh", "建设工程档案移交目录", "key", false,
                        "promisedBy", "2026-06-05"));

        UUID id = UUID.fromString(application);
        UUID section = UUID.fromString(accepted.getString("sections[0].id"));
        new DepartmentResults(kafka, codec).pass(id, section, 1, DEPARTMENTS.toArray(String[]::new));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> asCoordinator().get("/applications/{id}", application)
                .then().statusCode(200).body("sections[0].status", equalTo("AWAITING_MATERIAL"))
                .body("sections[0].decisions.size()", equalTo(0)));
        assertThat(timeline(application)).contains("DECISION_HELD");
        assertThat(events(application, "SectionDecided")).isEmpty();

        ApplicationRequests.upload(application, "archives-catalogue");

        asCoordinator().get("/applications/{id}", application).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("sections[0].decisions[0].decision", equalTo("ACCEPTED"))
                .body("sections[0].opinion.number", org.hamcrest.Matchers.notNullValue())
                .body("requiredMaterials.find { it.type == 'archives-catalogue' }.state", equalTo("SUPPLIED"))
                .body("requiredMaterials.find { it.type == 'archives-catalogue' }.suppliedOn", equalTo("2026-06-01"));
        assertThat(timeline(application)).contains("OWED_MATERIAL_SUPPLIED", "SECTION_ACCEPTED");
    }

    @Test
    void a_broken_promise_stops_the_clock_from_the_promised_day_until_the_material_arrives() {
        JsonPath accepted = acceptedOwingTheGreeningSurveyBy("2026-06-03");
        String application = accepted.getString("id");
        // day 1 is Tuesday 06-02; the Dragon Boat Festival (06-19) is off: day 16 is Wednesday 06-24
        assertThat(accepted.getString("dueDate")).isEqualTo("2026-06-24");

        clock.set(LocalDateTime.of(2026, 6, 5, 10, 0));
        dateChecks.run();
        assertThat(timeline(application)).contains("CLOCK_PAUSED");
        asCoordinator().get("/applications/{id}", application).then().body("dueDate", equalTo("2026-06-24"));
        JsonPath overdue = JsonPath.from(single(events(application, "OwedMaterialOverdue")).value());
        assertThat(overdue.getString("materialType")).isEqualTo("greening-survey");
        assertThat(overdue.getString("materialName")).isEqualTo("Greening area survey");
        assertThat(overdue.getString("promisedBy")).isEqualTo("2026-06-03");
        assertThat(overdue.getString("applicant.creditCode")).isNotBlank();
        dateChecks.run();

        // Monday 06-08: 06-04, 06-05 and 06-08 were the applicant's, three working days the stage does not count
        clock.set(LocalDateTime.of(2026, 6, 8, 16, 0));
        ApplicationRequests.upload(application, "greening-survey");

        asCoordinator().get("/applications/{id}", application).then().statusCode(200).body("dueDate", equalTo("2026-06-29"));
        assertThat(events(application, "OwedMaterialOverdue")).as("one broken promise is announced once").hasSize(1);
        JsonPath moved = JsonPath.from(single(events(application, "DueDateChanged")).value());
        assertThat(moved.getInt("pausedWorkingDays")).isEqualTo(3);
        assertThat(moved.getString("reason")).isEqualTo("owed material pause ended");
        JsonPath supplied = JsonPath.from(single(events(application, "OwedMaterialSupplied")).value());
        assertThat(supplied.getString("materialType")).isEqualTo("greening-survey");
        assertThat(supplied.getString("promisedBy")).isEqualTo("2026-06-03");
        assertThat(supplied.getString("suppliedOn")).isEqualTo("2026-06-08");

        ApplicationRequests.upload(application, "greening-survey");
        assertThat(events(application, "OwedMaterialSupplied")).as("a material is owed, and supplied, once").hasSize(1);
    }

    @Test
    void a_promise_for_a_monday_is_reminded_of_once_on_the_friday_before() {
        String application = acceptedOwingTheGreeningSurveyBy("2026-06-08").getString("id");

        clock.set(LocalDateTime.of(2026, 6, 4, 10, 0));
        dateChecks.run();
        assertThat(events(application, "OwedMaterialDue")).as("on Thursday a working day is left").isEmpty();

        clock.set(LocalDateTime.of(2026, 6, 5, 9, 0));
        dateChecks.run();
        dateChecks.run();
        JsonPath due = JsonPath.from(single(events(application, "OwedMaterialDue")).value());
        assertThat(due.getString("materialType")).isEqualTo("greening-survey");
        assertThat(due.getString("materialName")).isEqualTo("Greening area survey");
        assertThat(due.getString("promisedBy")).isEqualTo("2026-06-08");
        assertThat(due.getString("applicant.creditCode")).isNotBlank();
        assertThat(timeline(application)).containsOnlyOnce("OWED_MATERIAL_DUE");

        clock.set(LocalDateTime.of(2026, 6, 8, 9, 0));
        dateChecks.run();
        assertThat(events(application, "OwedMaterialDue")).as("reminded once").hasSize(1);
        assertThat(events(application, "OwedMaterialOverdue")).as("the promise holds all Monday").isEmpty();
    }

    @Test
    void a_material_supplied_before_its_promise_falls_due_is_not_reminded_of() {
        String application = acceptedOwingTheGreeningSurveyBy("2026-06-08").getString("id");
        clock.set(LocalDateTime.of(2026, 6, 4, 15, 0));
        ApplicationRequests.upload(application, "greening-survey");

        clock.set(LocalDateTime.of(2026, 6, 5, 9, 0));
        dateChecks.run();

        assertThat(events(application, "OwedMaterialDue")).isEmpty();
        assertThat(timeline(application)).contains("OWED_MATERIAL_SUPPLIED").doesNotContain("OWED_MATERIAL_DUE");
    }

    @Test
    void a_missed_reminder_goes_on_the_promised_day_but_never_after_it() {
        String dueToday = acceptedOwingTheGreeningSurveyBy("2026-06-08").getString("id");
        String broken = acceptedOwingTheGreeningSurveyBy("2026-06-05").getString("id");

        // no check ran from Thursday until Monday 06-08, the day the first promise falls due
        clock.set(LocalDateTime.of(2026, 6, 8, 9, 0));
        dateChecks.run();
        assertThat(events(dueToday, "OwedMaterialDue")).as("reminded on the promised day").hasSize(1);
        assertThat(events(broken, "OwedMaterialDue")).as("its promised day has passed").isEmpty();
        assertThat(events(broken, "OwedMaterialOverdue")).hasSize(1);

        clock.set(LocalDateTime.of(2026, 6, 9, 9, 0));
        dateChecks.run();
        assertThat(events(dueToday, "OwedMaterialDue")).hasSize(1);
        assertThat(events(dueToday, "OwedMaterialOverdue")).hasSize(1);
    }

    /** Submitted on Monday 2026-06-01 with every material but the greening survey, promised by {@code supplyBy}. */
    private static JsonPath acceptedOwingTheGreeningSurveyBy(String supplyBy) {
        String application = ApplicationRequests.prepare(ApplicationRequests.plainProject("Whole project")).getString("id");
        PLAIN_PROJECT_MATERIALS.stream().filter(type -> !type.equals("greening-survey"))
                .forEach(type -> ApplicationRequests.upload(application, type));
        JsonPath accepted = ApplicationRequests.submit(application, promise("greening-survey", supplyBy));
        assertThat(accepted.getString("intakeOutcome")).isEqualTo("ACCEPTED_WITH_TOLERANCE");
        return accepted;
    }

    private static Map<String, Object> promise(String type, String supplyBy) {
        return Map.of("promises", List.of(Map.of("type", type, "supplyBy", supplyBy)));
    }

    private static List<String> timeline(String application) {
        return asCoordinator().get("/applications/{id}/timeline", application).then().statusCode(200).extract().jsonPath()
                .getList("action", String.class);
    }

    private List<ConsumerRecord<String, String>> events(String application, String type) {
        return Applications.announced(kafka, record -> application.equals(record.key())
                && type.equals(KafkaTestClient.header(record, "ce_type")));
    }

    private static ConsumerRecord<String, String> single(List<ConsumerRecord<String, String>> records) {
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
